import { describe, expect, it } from "vitest";
import { can, outranksOrEquals, permissions, requirePermission } from "./authz";

describe("permission table", () => {
  it("grants community permissions by role rank", () => {
    const owner = { userId: "u", communityRole: "OWNER" as const };
    const admin = { userId: "u", communityRole: "ADMIN" as const };
    const member = { userId: "u", communityRole: "MEMBER" as const };
    const outsider = { userId: "u", communityRole: null };
    expect([owner, admin, member, outsider].map((actor) => can(actor, "community.settings.edit"))).toEqual([true, true, false, false]);
    expect([owner, admin, member, outsider].map((actor) => can(actor, "community.ownership.transfer"))).toEqual([true, false, false, false]);
    expect([owner, admin, member, outsider].map((actor) => can(actor, "community.leave"))).toEqual([true, true, true, false]);
  });

  it("asks anonymous callers to sign in and tells signed-in ones they may not", () => {
    expect(() => requirePermission({ userId: null, communityRole: null }, "community.create")).toThrow("unauthenticated");
    expect(() => requirePermission({ userId: "u", communityRole: "MEMBER" }, "community.settings.edit")).toThrow("forbidden");
    expect(can({ userId: null, communityRole: null }, "account.sign-in")).toBe(true);
  });

  it("never lets a lower role act on a higher one", () => {
    expect(outranksOrEquals("ADMIN", "OWNER")).toBe(false);
    expect(outranksOrEquals("OWNER", "ADMIN")).toBe(true);
    expect(outranksOrEquals("ADMIN", "ADMIN")).toBe(true);
  });

  it("names every permission in dotted form", () => {
    for (const name of Object.keys(permissions)) expect(name).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
  });
});
