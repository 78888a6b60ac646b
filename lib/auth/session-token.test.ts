import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, parseCookieHeader, readSessionCookie, sessionCookieName, sessionTokenFromCookies, usesSecureCookies } from "./session-token";

// The tokens here are issued by Auth.js itself (next-auth/jwt encode, what sign-in
// uses), so the reader is checked against the real format, and against Auth.js's own
// decode wherever both should agree.

const secret = "unit-test-secret-unit-test-secret-0123456";
const salt = sessionCookieName(true);
const userId = "0190a0a0-0000-7000-8000-000000000001";

function issue(token: Record<string, unknown> = { sub: userId, sv: 3 }, options: { maxAge?: number; secret?: string; salt?: string } = {}) {
  return encode({ token, secret: options.secret ?? secret, salt: options.salt ?? salt, maxAge: options.maxAge ?? 3600 });
}

/** Replaces one base64url part of a compact JWE (0 header … 4 tag). */
function withPart(token: string, index: number, change: (part: string) => string): string {
  const parts = token.split(".");
  parts[index] = change(parts[index] ?? "");
  return parts.join(".");
}

function flipFirstChar(part: string): string {
  return (part[0] === "A" ? "B" : "A") + part.slice(1);
}

describe("decodeSessionToken", () => {
  it("reads a token Auth.js issued, as Auth.js's decode does", async () => {
    const token = await issue({ sub: userId, sv: 3, name: "Ada", email: "ada@example.test" });
    const claims = decodeSessionToken(token, { secret, salt });
    const reference = await decode({ token, secret, salt });
    expect(claims).toEqual({ userId, sessionVersion: 3, issuedAt: reference?.iat, expiresAt: reference?.exp });
  });

  it("agrees with Auth.js's decode on many tokens", async () => {
    for (let index = 0; index < 50; index += 1) {
      const token = await issue({ sub: `user-${index}`, sv: index, name: "x".repeat(index * 7) });
      const reference = await decode({ token, secret, salt });
      expect(decodeSessionToken(token, { secret, salt })).toMatchObject({ userId: reference?.sub, sessionVersion: reference?.sv });
    }
  });

  it("refuses an expired token, allowing Auth.js's 15 seconds of clock skew", async () => {
    const token = await issue();
    const claims = decodeSessionToken(token, { secret, salt });
    const expiresMs = (claims?.expiresAt ?? 0) * 1000;
    expect(decodeSessionToken(token, { secret, salt, now: expiresMs + 10_000 })).not.toBeNull();
    expect(decodeSessionToken(token, { secret, salt, now: expiresMs + 16_000 })).toBeNull();
    expect(decodeSessionToken(await issue(undefined, { maxAge: -60 }), { secret, salt })).toBeNull();
    await expect(decode({ token: await issue(undefined, { maxAge: -60 }), secret, salt })).rejects.toThrow();
  });

  it("refuses a token issued with another secret or for the other cookie name", async () => {
    expect(decodeSessionToken(await issue(undefined, { secret: "another-secret-another-secret-another-0123" }), { secret, salt })).toBeNull();
    expect(decodeSessionToken(await issue(undefined, { salt: sessionCookieName(false) }), { secret, salt })).toBeNull();
    expect(decodeSessionToken(await issue(), { secret, salt: sessionCookieName(false) })).toBeNull();
  });

  it("refuses a tampered header, IV, ciphertext or tag", async () => {
    const token = await issue();
    for (const index of [0, 2, 3, 4]) {
      const tampered = withPart(token, index, flipFirstChar);
      expect(decodeSessionToken(tampered, { secret, salt }), `part ${index}`).toBeNull();
      await expect(decode({ token: tampered, secret, salt })).rejects.toThrow();
    }
    // A header naming another key, or the same header without its kid: the tag covers the header.
    const header = JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString()) as Record<string, unknown>;
    const rewrite = (value: Record<string, unknown>) => withPart(token, 0, () => Buffer.from(JSON.stringify(value)).toString("base64url"));
    expect(decodeSessionToken(rewrite({ ...header, kid: "someone-else" }), { secret, salt })).toBeNull();
    expect(decodeSessionToken(rewrite({ alg: header.alg, enc: header.enc }), { secret, salt })).toBeNull();
    expect(decodeSessionToken(rewrite({ ...header, zip: "DEF" }), { secret, salt })).toBeNull();
  });

  it("refuses tokens that are not a five-part compact JWE", async () => {
    const token = await issue();
    for (const candidate of ["", "garbage", token.split(".").slice(0, 4).join("."), `${token}.extra`, token.replace(/\./, ".x."), `${token}!`, "a".repeat(20_000)]) {
      expect(decodeSessionToken(candidate, { secret, salt })).toBeNull();
    }
    // A key wrapped in the second part is not Auth.js's "dir" form.
    expect(decodeSessionToken(withPart(token, 1, () => "AAAA"), { secret, salt })).toBeNull();
    // Truncated pieces.
    expect(decodeSessionToken(withPart(token, 4, (tag) => tag.slice(0, 20)), { secret, salt })).toBeNull();
    expect(decodeSessionToken(withPart(token, 2, (iv) => iv.slice(0, 10)), { secret, salt })).toBeNull();
  });

  it("reads a token without a user or session version as naming nobody", async () => {
    expect(decodeSessionToken(await issue({ name: "no sub" }), { secret, salt })).toMatchObject({ userId: null, sessionVersion: -1 });
    expect(decodeSessionToken(await issue({ sub: userId, sv: "3" }), { secret, salt })).toMatchObject({ userId, sessionVersion: -1 });
  });

  it("refuses a token that is not valid yet", async () => {
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    expect(decodeSessionToken(await issue({ sub: userId, sv: 0, nbf: inAnHour }), { secret, salt })).toBeNull();
  });
});

describe("reading the session cookie", () => {
  it("uses the __Secure- name in production only, unless insecure cookies are allowed", () => {
    expect(usesSecureCookies({ NODE_ENV: "production" })).toBe(true);
    expect(usesSecureCookies({ NODE_ENV: "production", CANOPY_INSECURE_COOKIES: "1" })).toBe(false);
    expect(usesSecureCookies({ NODE_ENV: "development" })).toBe(false);
    expect(usesSecureCookies({ NODE_ENV: "test" })).toBe(false);
    expect(sessionCookieName(true)).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(false)).toBe("authjs.session-token");
  });

  it("reads the cookie of the configured name only", async () => {
    const secureToken = await issue();
    const plainToken = await issue({ sub: userId, sv: 4 }, { salt: sessionCookieName(false) });
    const header = `NEXT_LOCALE=en; __Secure-authjs.session-token=${secureToken}; authjs.session-token=${plainToken}`;
    expect(readSessionCookie(header, { secret, secure: true })).toMatchObject({ userId, sessionVersion: 3 });
    expect(readSessionCookie(header, { secret, secure: false })).toMatchObject({ userId, sessionVersion: 4 });
    // A plain-named cookie is not accepted where Secure cookies are used, even when it is valid.
    expect(readSessionCookie(`authjs.session-token=${plainToken}`, { secret, secure: true })).toBeNull();
    expect(readSessionCookie(`authjs.session-token=${secureToken}`, { secret, secure: false })).toBeNull();
    expect(readSessionCookie(null, { secret, secure: true })).toBeNull();
    expect(readSessionCookie("", { secret, secure: true })).toBeNull();
  });

  it("joins a token Auth.js split into chunks, in order", async () => {
    const token = await issue();
    const cut = Math.floor(token.length / 2);
    const header = `__Secure-authjs.session-token.1=${token.slice(cut)}; other=1; __Secure-authjs.session-token.0=${token.slice(0, cut)}`;
    expect(readSessionCookie(header, { secret, secure: true })).toMatchObject({ userId, sessionVersion: 3 });
    const chunks = parseCookieHeader(`a.session.2=c; a.session.10=d; a.session=x; a.session.x=nope; a.sessionextra=no; a.session.1=b`);
    chunks.delete("a.session");
    expect(sessionTokenFromCookies(chunks, "a.session")).toBe("bcd");
  });

  it("parses the Cookie header as Auth.js does: first cookie of a name wins, values URL-decoded", () => {
    const cookies = parseCookieHeader(" a=1; b=hello%20world; a=2; broken; c=%E0%A4%A; =empty-name; d=");
    expect(cookies.get("a")).toBe("1");
    expect(cookies.get("b")).toBe("hello world");
    expect(cookies.get("c")).toBe("%E0%A4%A");
    expect(cookies.has("broken")).toBe(false);
    expect(cookies.has("")).toBe(false);
    expect(sessionTokenFromCookies(parseCookieHeader("d="), "d")).toBeNull();
  });
});
