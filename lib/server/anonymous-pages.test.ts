import { describe, expect, it } from "vitest";
import { anonymousRendersAffectedBy, anonymousRewrite, publicPathOf, type PublicRequest } from "./anonymous-pages";

const visitor = (overrides: Partial<PublicRequest> = {}): PublicRequest => ({
  method: "GET",
  pathname: "/c/morning-runners",
  cookieNames: [],
  localeCookie: undefined,
  acceptLanguage: null,
  ...overrides,
});

describe("which requests get the cached anonymous render", () => {
  it("serves the home page and community pages to visitors without a session", () => {
    expect(anonymousRewrite(visitor())).toBe("/anonymous/en/c/morning-runners");
    expect(anonymousRewrite(visitor({ pathname: "/" }))).toBe("/anonymous/en");
    expect(anonymousRewrite(visitor({ method: "HEAD" }))).toBe("/anonymous/en/c/morning-runners");
  });

  it("follows the language cookie first, then Accept-Language", () => {
    expect(anonymousRewrite(visitor({ localeCookie: "zh-CN", acceptLanguage: "en" }))).toBe("/anonymous/zh-CN/c/morning-runners");
    expect(anonymousRewrite(visitor({ acceptLanguage: "zh-TW,zh;q=0.9" }))).toBe("/anonymous/zh-CN/c/morning-runners");
    expect(anonymousRewrite(visitor({ localeCookie: "fr", acceptLanguage: "de" }))).toBe("/anonymous/en/c/morning-runners");
  });

  it("renders per request for anyone holding a session cookie, plain, secure or chunked", () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token", "__Secure-authjs.session-token.0"]) {
      expect(anonymousRewrite(visitor({ cookieNames: ["NEXT_LOCALE", name] }))).toBeNull();
    }
    expect(anonymousRewrite(visitor({ cookieNames: ["authjs.csrf-token", "authjs.callback-url"] }))).not.toBeNull();
  });

  it("leaves writes and every other page alone", () => {
    expect(anonymousRewrite(visitor({ method: "POST" }))).toBeNull();
    for (const pathname of ["/c/morning-runners/apply", "/c/", "/communities", "/sign-in", "/me/communities", "/c/a/b"]) {
      expect(anonymousRewrite(visitor({ pathname }))).toBeNull();
    }
  });
});

describe("the public address of an internal one", () => {
  it("drops the prefix and the language", () => {
    expect(publicPathOf("/anonymous/en/c/morning-runners")).toBe("/c/morning-runners");
    expect(publicPathOf("/anonymous/zh-CN")).toBe("/");
    expect(publicPathOf("/anonymous")).toBe("/");
  });
});

describe("what a change makes stale", () => {
  it("a community's page in both languages and the home page", () => {
    expect(anonymousRendersAffectedBy("/c/morning-runners").paths.sort()).toEqual(
      ["/anonymous/en", "/anonymous/en/c/morning-runners", "/anonymous/zh-CN", "/anonymous/zh-CN/c/morning-runners"].sort(),
    );
    expect(anonymousRendersAffectedBy("/c/morning-runners/invitations").paths).toContain("/anonymous/zh-CN/c/morning-runners");
  });

  it("every community page for the route pattern", () => {
    expect(anonymousRendersAffectedBy("/c/[slug]")).toEqual({ paths: ["/anonymous/en", "/anonymous/zh-CN"], everyCommunityPage: true });
  });

  it("nothing for pages that have no cached render", () => {
    expect(anonymousRendersAffectedBy("/me/communities")).toEqual({ paths: [], everyCommunityPage: false });
    expect(anonymousRendersAffectedBy("/")).toEqual({ paths: ["/anonymous/en", "/anonymous/zh-CN"], everyCommunityPage: false });
  });
});
