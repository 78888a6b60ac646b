import { describe, expect, it } from "vitest";
import { joinCommunity } from "../../lib/membership/join-community";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { createTestCommunity } from "../factories/communities";
import { createUsers } from "../factories/users";

// Open joins that arrive together go to the database in one call, whichever
// communities they are for (lib/membership/open-join-batcher.ts). Started in the same
// tick, they leave together on the next turn of the event loop, so the batch and its
// order are known here.

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
    // All of them were written by one transaction.
    const writers = await db.$queryRaw<{ writer: string }[]>`
      SELECT DISTINCT xmin::text AS writer FROM memberships WHERE community_id = ${community.id}::uuid AND user_id IN (${a}::uuid, ${b}::uuid, ${c}::uuid)`;
    expect(writers).toHaveLength(1);
  });

  it("share one transaction across communities, and each community keeps its own cap", async () => {
    const small = await createTestCommunity({ settings: { memberCap: 2, waitlistEnabled: false } });
    const large = await createTestCommunity();
    const people = (await createUsers(4)).map((user) => user.id) as [string, string, string, string];
    const order = [
      { communityId: small.id, userId: people[0] },
      { communityId: large.id, userId: people[0] },
      { communityId: small.id, userId: people[1] },
      { communityId: large.id, userId: people[1] },
      { communityId: large.id, userId: people[2] },
      { communityId: small.id, userId: people[3] },
    ];

    const results = await Promise.allSettled(order.map((join) => joinCommunity(join)));

    // The small community had one free seat (its owner holds the other).
    expect(results.map(outcomeOf)).toEqual(["joined", "joined", "community_full", "joined", "joined", "community_full"]);
    const counts = await db.community.findMany({ where: { id: { in: [small.id, large.id] } }, select: { id: true, memberCount: true } });
    expect(Object.fromEntries(counts.map((row) => [row.id, row.memberCount]))).toEqual({ [small.id]: 2, [large.id]: 4 });
    const writers = await db.$queryRaw<{ writer: string }[]>`
      SELECT DISTINCT xmin::text AS writer FROM memberships WHERE community_id IN (${small.id}::uuid, ${large.id}::uuid) AND role = 'MEMBER'`;
    expect(writers).toHaveLength(1);
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
