import { createTestCommunity } from "../factories/communities";
import { expect, expectAccessible, signInAs, test, useLocale } from "./fixtures";

// Anonymous visitors get the public pages from a cached render (proxy.ts →
// app/anonymous). These tests hold the cache to its promises: it is used, it follows
// the visitor's language, a change made through the app shows on the next visit,
// and anyone with a session gets their own page instead.

test.describe("the cached public pages", () => {
  test("an anonymous visitor sees a join made by a member on the next visit", async ({ page, browser, user: joiner }) => {
    const community = await createTestCommunity({ settings: { memberCap: 5 } });

    const first = await page.goto(`/c/${community.slug}`);
    expect(first?.headers()["x-nextjs-cache"]).toBeDefined();
    await expect(page.getByText("1 of 5 seats taken")).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    const again = await page.goto(`/c/${community.slug}`);
    expect(again?.headers()["x-nextjs-cache"]).toBe("HIT");
    await expectAccessible(page);

    const joinerPage = await (await browser.newContext()).newPage();
    await signInAs(joinerPage, joiner);
    const signedIn = await joinerPage.goto(`/c/${community.slug}`);
    expect(signedIn?.headers()["x-nextjs-cache"]).toBeUndefined();
    await expect(joinerPage.getByRole("banner")).toContainText(joiner.name);
    await joinerPage.getByRole("button", { name: "Join" }).click();
    await expect(joinerPage.getByText("You are a member (Member).")).toBeVisible();

    await page.reload();
    await expect(page.getByText("2 of 5 seats taken")).toBeVisible();
  });

  test("匿名访客按语言 cookie 看到中文缓存页", async ({ page }) => {
    const community = await createTestCommunity({ name: "晨跑小组缓存测试", language: "zh-CN", settings: { memberCap: 9 } });
    await useLocale(page, "zh-CN");
    await page.goto(`/c/${community.slug}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByText("已占 1 / 9 个名额")).toBeVisible();
    await expectAccessible(page);

    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expectAccessible(page);
  });

  test("a community created after a visitor saw its address is found on the next visit", async ({ page, browser, user: owner }) => {
    const slug = `fresh-${Date.now().toString(36)}`;
    const missing = await page.goto(`/c/${slug}`);
    expect(missing?.status()).toBe(404);

    const ownerPage = await (await browser.newContext()).newPage();
    await signInAs(ownerPage, owner);
    await ownerPage.goto("/communities/new");
    await ownerPage.getByLabel("Name").fill("Fresh Cache Club");
    await ownerPage.getByLabel("Web address").fill(slug);
    await ownerPage.getByLabel("Purpose").fill("We check that new pages appear for everyone at once.");
    await ownerPage.getByRole("button", { name: "Create community" }).click();
    await expect(ownerPage).toHaveURL(new RegExp(`/c/${slug}$`));

    const found = await page.goto(`/c/${slug}`);
    expect(found?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fresh Cache Club");
  });

  test("the internal addresses of the cached render lead back to the public ones", async ({ page }) => {
    const community = await createTestCommunity();
    await page.goto(`/anonymous/en/c/${community.slug}`);
    await expect(page).toHaveURL(new RegExp(`/c/${community.slug}$`));
    await page.goto("/anonymous/zh-CN");
    await expect(page).toHaveURL(/\/$/);
  });
});
