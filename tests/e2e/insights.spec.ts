import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { uniqueToken } from "../factories/unique";
import type { TestUser } from "../factories/users";
import { expect, expectAccessible, signInAs, test, useLocale } from "./fixtures";

// Insights on the seeded demo: an admin changes the range, splits by paid/free and
// downloads a CSV whose numbers match the card, in both languages; everyone else gets 404.

async function demoUser(email: string): Promise<TestUser> {
  const user = await sharedPrismaClient().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, locale: true, sessionVersion: true } });
  return { ...user, locale: user.locale === "zh-CN" ? "zh-CN" : "en", password: "" };
}

/** A fresh community owned by the user (lib/communities' domain function is server-only, so Prisma directly). */
async function createOwnCommunity(owner: TestUser): Promise<{ slug: string }> {
  const slug = `insights-${uniqueToken()}`;
  await sharedPrismaClient().community.create({
    data: { slug, name: `Quiet ${slug}`, purpose: "Nothing has happened here yet.", memberCount: 1, memberships: { create: { userId: owner.id, role: "OWNER", entryPath: "FOUNDER" } } },
  });
  return { slug };
}

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The cohort rows the page shows: [cohort, series, members]. */
async function cohortRowsOnPage(page: Page): Promise<string[][]> {
  const rows = page.locator('[data-card="cohorts"] tbody tr');
  const count = await rows.count();
  const result: string[][] = [];
  for (let index = 0; index < count; index += 1) {
    const row = rows.nth(index);
    const cells = await row.locator("th, td").allInnerTexts();
    const size = await row.getByTestId("cohort-size").innerText();
    result.push([cells[0] ?? "", cells.length > 1 && cells[1] !== size ? (cells[1] ?? "") : "", size]);
  }
  return result;
}

async function downloadCsv(page: Page, card: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: new RegExp(`CSV.*${card}`) }).click()]);
  const text = await readFile((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text.slice(1);
}

function parseCsv(text: string): string[][] {
  return text.trim().split("\r\n").map((line) => line.split(","));
}

test("an admin reads Insights, changes the range, splits by paid/free and downloads a matching CSV", async ({ page }) => {
  await signInAs(page, await demoUser("admin@canopy.demo"));
  await page.goto("/c/morning-runners/insights");
  await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cohort retention" })).toBeVisible();
  await expect(page.locator('[data-card="cohorts"] tbody tr').first()).toBeVisible();
  await expectAccessible(page);

  const from = isoDaysAgo(42);
  await page.getByLabel("From").fill(from);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${from}`));
  await page.getByLabel("Split by").selectOption("paid");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/split=paid/);
  await expect(page.locator('[data-card="cohorts"] thead')).toContainText("Series");
  await expect(page.locator('[data-card="cohorts"] tbody')).toContainText("Free");
  await expectAccessible(page);

  const shown = await cohortRowsOnPage(page);
  expect(shown.length).toBeGreaterThan(0);
  const csv = parseCsv(await downloadCsv(page, "Cohort retention"));
  expect(csv[0]).toEqual(["cohort", "series", "members", "period number", "period", "active members", "retention %"]);
  const fromCsv = csv.slice(1).filter((row) => row[3] === "0").map((row) => [row[0] ?? "", row[1] ?? "", row[2] ?? ""]);
  expect(fromCsv).toEqual(shown);
  expect(fromCsv.every(([cohort]) => (cohort ?? "") >= isoDaysAgo(49))).toBe(true);
});

test("Insights in Chinese, with a CSV Excel can read", async ({ page }) => {
  await useLocale(page, "zh-CN");
  await signInAs(page, await demoUser("admin@canopy.demo"));
  await page.goto("/c/late-night-readers/insights?split=paid&grain=month");
  await expect(page.getByRole("heading", { level: 1, name: "数据洞察" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "邀请波次" })).toBeVisible();
  await expect(page.locator('[data-card="cohorts"] tbody')).toContainText("付费");
  await expectAccessible(page);
  const csv = parseCsv(await downloadCsv(page, "同期群留存"));
  expect(csv[0]?.slice(0, 3)).toEqual(["同期群", "分组", "成员数"]);
  const shown = await cohortRowsOnPage(page);
  expect(csv.slice(1).filter((row) => row[3] === "0").map((row) => [row[0], row[1], row[2]])).toEqual(shown);
});

test("nonsense filters get a clear message, not an error page", async ({ page }) => {
  await signInAs(page, await demoUser("admin@canopy.demo"));
  await page.goto("/c/morning-runners/insights?from=2026-05-01&to=2026-04-01&node=not-a-node");
  const problems = page.getByRole("alert").filter({ hasText: "Some filters could not be used" });
  await expect(problems).toContainText("The end date is before the start date.");
  await expect(problems).toContainText("That node is not part of this community");
  await expect(page.getByRole("heading", { name: "Cohort retention" })).toBeVisible();
  await expectAccessible(page);
});

test("a new community shows the empty state", async ({ page, user }) => {
  const community = await createOwnCommunity(user);
  await signInAs(page, user);
  await page.goto(`/c/${community.slug}/insights`);
  await expect(page.getByRole("heading", { name: "No activity yet" })).toBeVisible();
  await expectAccessible(page);
});

test("members, outsiders and admins of another community get a 404, for the page and the CSV", async ({ page, user }) => {
  const elsewhere = await createOwnCommunity(user);
  for (const [who, slug] of [
    [await demoUser("member@canopy.demo"), "morning-runners"],
    [user, "morning-runners"],
  ] as const) {
    await signInAs(page, who);
    expect((await page.goto(`/c/${slug}/insights`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect((await page.request.get(`/c/${slug}/insights/export/cohorts`)).status()).toBe(404);
  }
  await signInAs(page, await demoUser("admin@canopy.demo"));
  expect((await page.goto(`/c/${elsewhere.slug}/insights`))?.status()).toBe(404);
  await page.context().clearCookies();
  expect((await page.goto("/c/morning-runners/insights"))?.status()).toBe(404);
  await expectAccessible(page);
});
