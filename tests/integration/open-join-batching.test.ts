import { describe, expect, it } from "vitest";
import { joinCommunity } from "../../lib/membership/join-community";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { createTestCommunity } from "../factories/communities";
import { createUsers } from "../factories/users";

// Joins to the same open community that arrive together go to the database in one
// call (lib/membership/open-join-batcher.ts). Started in the same tick, the first goes
// alone and the rest queue behind it, so the batch and its order are known here.

const db = sharedPrismaClient();

function outcomeOf(result: PromiseSettledResult<{ status: string }>): string {
  if (result.status === "fulfilled") return result.value.status;
  return (result.reason as { code?: string }).code ?? String(result.reason);
}

describe("joins that arrive together", () => {
  it("are admitted in arrival order, each with their own outcome, and the cap holds", async () => {
    const community = await createTestCommunity({ settings: { memberCap: 4, waitlistEnabled: true } });
    const [a, b, c, d, e] = (await createUsers(5)).map((user) => user.id) as [string, string, string, string, string];
    const order = [a, b, a, c, d, e];

    const results = await Promise.allSettled(order.map((userId) => joinCommunity({ communityId: community.id, userId })));

    expect(results.map(outcomeOf)).toEqual(["joined", "joined", "already_member", "joined", "waitlisted", "waitlisted"]);
    expect(results.slice(4).map((result) => (result.status === "fulfilled" && "position" in result.value ? result.value.position : null))).toEqual([1, 2]);
    const stored = await db.community.findUniqueOrThrow({ where: { id: community.id }, select: { memberCount: true } });
    expect(stored.memberCount).toBe(4);
    expect(await db.membership.count({ where: { communityId: community.id, status: "ACTIVE" } })).toBe(4);
    expect(await db.activityEvent.count({ where: { communityId: community.id, kind: "JOINED", userId: { in: [a, b, c] } } })).toBe(3);
    expect(await db.activityEvent.count({ where: { communityId: community.id, kind: "WAITLISTED" } })).toBe(2);
    // The first went alone; everyone queued behind it was written by one transaction.
    const writers = await db.$queryRaw<{ user_id: string; writer: string }[]>`
      SELECT user_id::text, xmin::text AS writer FROM memberships WHERE community_id = ${community.id}::uuid AND user_id IN (${a}::uuid, ${b}::uuid, ${c}::uuid)`;
    const writerOf = new Map(writers.map((row) => [row.user_id, row.writer]));
    expect(writerOf.get(b)).toBe(writerOf.get(c));
    expect(writerOf.get(a)).not.toBe(writerOf.get(b));
  });

  it("refuse a banned person without touching the others", async () => {
    const community = await createTestCommunity();
    const [first, banned, other] = (await createUsers(3)).map((user) => user.id) as [string, string, string];
    await db.ban.create({ data: { communityId: community.id, userId: banned, bannedById: community.owner.id, reason: "Spam" } });

    const results = await Promise.allSettled([first, banned, other].map((userId) => joinCommunity({ communityId: community.id, userId })));

    expect(results.map(outcomeOf)).toEqual(["joined", "banned", "joined"]);
    expect(await db.membership.count({ where: { communityId: community.id, status: "ACTIVE" } })).toBe(3);
  });

  it("keep one person's failure theirs: the batch is retried one by one", async () => {
    const community = await createTestCommunity({ settings: { memberCap: 10 } });
    const [first, second, third] = (await createUsers(3)).map((user) => user.id) as [string, string, string];
    // No such user: the foreign key fails the batch's single statement.
    const nobody = "01900000-0000-7000-8000-000000000000";

    const results = await Promise.allSettled([first, second, nobody, third].map((userId) => joinCommunity({ communityId: community.id, userId })));

    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    const stored = await db.community.findUniqueOrThrow({ where: { id: community.id }, select: { memberCount: true } });
    expect(stored.memberCount).toBe(4);
    expect(await db.membership.count({ where: { communityId: community.id, status: "ACTIVE" } })).toBe(4);
  });
});
