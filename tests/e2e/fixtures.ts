import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { closeSharedPrismaClient } from "../../lib/server/prisma";
import { createUser, type TestUser } from "../factories/users";

// Fixtures: real users in the e2e database, signed in by minting the same session
// cookie Auth.js would issue (no clicking through the sign-in form each time).

const SESSION_COOKIE = "__Secure-authjs.session-token";

/** Signs the user in with a fresh session cookie (`maxAge` in seconds; negative for one that has expired). */
export async function signInAs(page: Page, user: TestUser, options: { maxAge?: number } = {}): Promise<void> {
  const token = await encode({
    salt: SESSION_COOKIE,
    secret: process.env.AUTH_SECRET ?? "",
    token: { sub: user.id, sv: user.sessionVersion, name: user.name, email: user.email },
    maxAge: options.maxAge ?? 60 * 60,
  });
  await page.context().addCookies([{ name: SESSION_COOKIE, value: token, domain: "localhost", path: "/", httpOnly: true, secure: true, sameSite: "Lax" }]);
}

export async function useLocale(page: Page, locale: "en" | "zh-CN"): Promise<void> {
  const baseURL = test.info().project.use.baseURL ?? "http://localhost:3100";
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
}

/** No serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  // Next streams page metadata; after a server action re-renders the page, the <title>
  // arrives a moment after the body. Every page must end up with one.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(blocking.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`)).toEqual([]);
}

type Fixtures = { user: TestUser };

export const test = base.extend<Fixtures>({
  // A fresh user for each test; sign them in with signInAs when the test needs it.
  user: async ({}, provide) => {
    await provide(await createUser());
  },
});

test.afterAll(async () => {
  await closeSharedPrismaClient();
});

export { expect };
