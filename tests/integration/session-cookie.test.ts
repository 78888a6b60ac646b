import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { revokeAllSessions } from "../../lib/auth/revoke-sessions";
import { sessionCookieName } from "../../lib/auth/session-token";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { createUser } from "../factories/users";

// getViewer end to end, from the Cookie header of a request: the session cookie
// Auth.js issues (next-auth/jwt encode, as sign-in does) is read directly, then the
// user row decides (a bumped session version or a deleted user means nobody).

const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(request.cookie ? { cookie: request.cookie } : {}) }));

const secret = "integration-secret-integration-secret-0123";
// Outside production the cookie is not Secure and carries no __Secure- prefix.
const name = sessionCookieName(false);

async function cookieFor(token: Record<string, unknown>, options: { maxAge?: number; secret?: string; name?: string } = {}): Promise<string> {
  const cookieName = options.name ?? name;
  const value = await encode({ token, secret: options.secret ?? secret, salt: cookieName, maxAge: options.maxAge ?? 3600 });
  return `NEXT_LOCALE=zh-CN; ${cookieName}=${value}`;
}

async function viewerWith(cookie: string) {
  request.cookie = cookie;
  // A fresh module per call: getViewer memoizes per request (React cache).
  vi.resetModules();
  const { getViewer } = await import("../../lib/server/session");
  return getViewer();
}

beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", secret);
});

describe("the session cookie", () => {
  it("signs the user in while the cookie is valid and the session version matches", async () => {
    const user = await createUser({ locale: "zh-CN" });
    await expect(viewerWith(await cookieFor({ sub: user.id, sv: user.sessionVersion }))).resolves.toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      locale: "zh-CN",
    });
  });

  it("is refused once the user signs out everywhere (session version bumped)", async () => {
    const user = await createUser();
    const cookie = await cookieFor({ sub: user.id, sv: user.sessionVersion });
    await expect(viewerWith(cookie)).resolves.toMatchObject({ id: user.id });
    await revokeAllSessions({ userId: user.id });
    await expect(viewerWith(cookie)).resolves.toBeNull();
  });

  it("is refused for a deleted user", async () => {
    const user = await createUser();
    const cookie = await cookieFor({ sub: user.id, sv: user.sessionVersion });
    await sharedPrismaClient().user.delete({ where: { id: user.id } });
    await expect(viewerWith(cookie)).resolves.toBeNull();
  });

  it("is refused when expired, tampered with, signed with another secret or sent under the other name", async () => {
    const user = await createUser();
    const claims = { sub: user.id, sv: user.sessionVersion };
    await expect(viewerWith(await cookieFor(claims, { maxAge: -60 }))).resolves.toBeNull();
    await expect(viewerWith(await cookieFor(claims, { secret: "some-other-secret-some-other-secret-0123" }))).resolves.toBeNull();
    await expect(viewerWith(await cookieFor(claims, { name: sessionCookieName(true) }))).resolves.toBeNull();
    const valid = await cookieFor(claims);
    await expect(viewerWith(`${valid.slice(0, -3)}${valid.endsWith("AAA") ? "BBB" : "AAA"}`)).resolves.toBeNull();
    await expect(viewerWith(valid)).resolves.toMatchObject({ id: user.id });
  });

  it("without a cookie, nobody is signed in", async () => {
    await expect(viewerWith("")).resolves.toBeNull();
    await expect(viewerWith("NEXT_LOCALE=en")).resolves.toBeNull();
  });
});
