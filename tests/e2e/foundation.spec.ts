import { revokeAllSessions } from "../../lib/auth/revoke-sessions";
import { expect, expectAccessible, signInAs, test, useLocale } from "./fixtures";

test.describe("a newcomer", () => {
  test("signs up, creates a community, opens its page and reads it in Chinese", async ({ page }) => {
    const stamp = Date.now().toString(36);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grow a community people stay in");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Get started" }).click();
    await expect(page.getByRole("heading", { name: "Create your Canopy account" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Your name").fill("Newcomer");
    await page.getByLabel("Email").fill(`newcomer-${stamp}@example.test`);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page.getByRole("heading", { name: "My communities" })).toBeVisible();
    await expect(page.getByText("You are not in any community yet.")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Create your first community" }).click();
    await expect(page.getByRole("heading", { name: "Create a community" })).toBeVisible();
    await page.getByLabel("Name").fill(`Tea Lovers ${stamp}`);
    await expect(page.getByLabel("Web address")).toHaveValue(`tea-lovers-${stamp}`);
    await expect(page.getByText("Available")).toBeVisible();
    await page.getByLabel("Purpose").fill("We taste one new tea every week and write down what we notice.");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Create community" }).click();

    await expect(page).toHaveURL(new RegExp(`/c/tea-lovers-${stamp}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tea Lovers ${stamp}`);
    await expect(page.getByText("You are a member (Owner).")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "简体中文" }).click();
    await expect(page.getByText("你是这个社群的群主。")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expectAccessible(page);

    // The choice persists across pages and reloads.
    await page.goto("/me/communities");
    await expect(page.getByRole("heading", { name: "我的社群" })).toBeVisible();
  });

  test("gets field errors for bad input and keeps what they typed", async ({ page, user }) => {
    await signInAs(page, user);
    await page.goto("/communities/new");
    await page.getByLabel("Name").fill("   ");
    await page.getByLabel("Purpose").fill("We swap seeds every spring.");
    await page.getByRole("button", { name: "Create community" }).click();
    await expect(page.getByText("This field is required.")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Purpose")).toHaveValue("We swap seeds every spring.");
    await expectAccessible(page);

    // A taken address is refused at its field; nothing else is lost.
    await page.getByLabel("Name").fill("Seed swap");
    await page.getByLabel("Web address").fill("morning-runners");
    await expect(page.getByText("Taken", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Create community" }).click();
    await expect(page.getByText("This address is already taken. Try another.")).toBeVisible();
    await expect(page.getByLabel("Web address")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Purpose")).toHaveValue("We swap seeds every spring.");
  });

  test("an address suggestion that arrives while they are in the address field never mixes into what they type", async ({ page, user }) => {
    const stamp = Date.now().toString(36);
    await signInAs(page, user);
    await page.goto("/communities/new");
    const address = page.getByLabel("Web address");
    // Hold each suggestion until the user is in the field, the way a slow network would.
    let release!: () => void;
    let gate = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/communities/slug-suggestion?*", async (route) => {
      await gate;
      await route.continue();
    });

    // They move into the field before the suggestion comes back and leave it empty: it is filled when they leave.
    const firstAsked = page.waitForRequest((request) => request.url().includes("slug-suggestion") && request.url().includes("Late"));
    await page.getByLabel("Name").fill(`Late Club ${stamp}`);
    await firstAsked;
    await address.focus();
    release();
    await expect(page.getByText("Available", { exact: true })).toBeVisible();
    await expect(address).toHaveValue("");
    await page.getByLabel("Purpose").focus();
    await expect(address).toHaveValue(`late-club-${stamp}`);

    // They select the field's text and type over it while the next suggestion lands: the field holds exactly what they typed.
    gate = new Promise<void>((resolve) => (release = resolve));
    const secondAsked = page.waitForRequest((request) => request.url().includes("slug-suggestion") && request.url().includes("Morning"));
    await page.getByLabel("Name").fill("Morning Runners");
    await secondAsked;
    await address.focus();
    await address.press("ControlOrMeta+a");
    release();
    await expect(page.getByText("Taken", { exact: true })).toBeVisible();
    await page.keyboard.type(`my-own-${stamp}`);
    await expect(address).toHaveValue(`my-own-${stamp}`);
    await expect(page.getByText("Available", { exact: true })).toBeVisible();
  });
});

test.describe("signing in", () => {
  test("the demo owner signs in with the README's credentials and sees their communities", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("owner@canopy.demo");
    await page.getByLabel("Password").fill("canopy-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "My communities" })).toBeVisible();
    await expect(page.getByRole("link", { name: "深夜读书会" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Morning Runners Shanghai" })).toBeVisible();
  });

  test("a wrong password gets one clear message, in Chinese too", async ({ page, user }) => {
    await useLocale(page, "zh-CN");
    await page.goto("/sign-in");
    await page.getByLabel("邮箱").fill(user.email);
    await page.getByLabel("密码").fill("not the password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "邮箱或密码不正确。" })).toBeVisible();
    await expectAccessible(page);
  });

  test("signing out ends the session", async ({ page, user }) => {
    await signInAs(page, user);
    await page.goto("/me/communities");
    await page.getByText(user.name).click();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/me/communities");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("an expired, altered or revoked session counts as signed out", async ({ page, user }) => {
    await signInAs(page, user, { maxAge: -120 });
    await page.goto("/me/communities");
    await expect(page).toHaveURL(/\/sign-in/);

    await signInAs(page, user);
    const session = (await page.context().cookies()).find((cookie) => cookie.name === "__Secure-authjs.session-token");
    expect(session).toBeDefined();
    const altered = `${session!.value.slice(0, -4)}${session!.value.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    await page.context().addCookies([{ ...session!, value: altered }]);
    await page.goto("/me/communities");
    await expect(page).toHaveURL(/\/sign-in/);

    await signInAs(page, user);
    await page.goto("/me/communities");
    await expect(page.getByRole("heading", { name: "My communities" })).toBeVisible();
    // Signing out everywhere bumps the session version; the cookie the browser still holds stops working.
    await revokeAllSessions({ userId: user.id });
    await page.goto("/me/communities");
    await expect(page).toHaveURL(/\/sign-in/);
    const joined = await page.request.post("/api/communities/morning-runners/join", { data: "{}", headers: { "content-type": "application/json" } });
    expect(joined.status()).toBe(401);
  });
});

test("an unknown community shows the not-found page with a 404", async ({ page }) => {
  const response = await page.goto("/c/no-such-community");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
});
