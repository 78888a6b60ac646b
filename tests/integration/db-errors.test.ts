import { describe, expect, it } from "vitest";
import { isCheckViolation, isUniqueViolation } from "../../lib/server/db-errors";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { createTestCommunity } from "../factories/communities";
import { createUser } from "../factories/users";

// The error classifier must recognise real violations from both drivers.
const db = sharedPrismaClient();

async function caught(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the database to refuse");
}

describe("database error classification", () => {
  it("recognises a unique violation and the column it is on", async () => {
    const user = await createUser();
    const error = await caught(() => db.user.create({ data: { email: user.email, name: "Again", passwordHash: "x" } }));
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, "email")).toBe(true);
    expect(isUniqueViolation(error, "slug")).toBe(false);
    expect(isCheckViolation(error)).toBe(false);
  });

  it("recognises a named CHECK constraint", async () => {
    const error = await caught(() => db.user.create({ data: { email: "MiXeD@Example.test", name: "Case", passwordHash: "x" } }));
    expect(isCheckViolation(error, "users_email_normalised")).toBe(true);
    expect(isUniqueViolation(error)).toBe(false);
  });

  it("refuses to take a seat past the member cap, in the database", async () => {
    const community = await createTestCommunity({ settings: { memberCap: 1 } });
    const error = await caught(() => db.community.update({ where: { id: community.id }, data: { memberCount: { increment: 1 } } }));
    expect(isCheckViolation(error, "communities_member_cap")).toBe(true);
  });

  it("lets an owner lower the cap below the member count without removing anyone", async () => {
    const community = await createTestCommunity({ settings: { memberCap: 5, memberCount: 3 } });
    await db.community.update({ where: { id: community.id }, data: { memberCap: 2 } });
    const after = await db.community.findUniqueOrThrow({ where: { id: community.id }, select: { memberCap: true, memberCount: true } });
    expect(after).toEqual({ memberCap: 2, memberCount: 3 });
    // …but nobody else gets in until the count is under the cap.
    const error = await caught(() => db.community.update({ where: { id: community.id }, data: { memberCount: { increment: 1 } } }));
    expect(isCheckViolation(error, "communities_member_cap")).toBe(true);
  });
});
