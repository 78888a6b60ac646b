import { describe, expect, it } from "vitest";
import type { Prisma } from "../../lib/generated/prisma/client";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { createTestCommunity } from "../factories/communities";
import { createUsers } from "../factories/users";

// A batch of joins must read a few rows per person, however large the community and
// however long other communities' waitlists are. PL/pgSQL reuses one generic plan per
// statement, made without the batch's values; written as plain joins, those plans read
// every membership of the community per person and every open waitlist entry of every
// community per batch (migration join_batch_plans_independent_of_size). The rows a
// transaction has read are counted by Postgres itself (pg_stat_xact_user_tables), so
// this checks the work done, not the time taken.

const db = sharedPrismaClient();

type TableReads = { relname: string; rows_read: number };

type Joiner = (tx: Prisma.TransactionClient, communityId: string, userIds: string[]) => Promise<string[]>;

const inOneBatch: Joiner = async (tx, communityId, userIds) =>
  (
    await tx.$queryRaw<{ outcome: string }[]>`
      SELECT outcome FROM canopy_join_open_batch(${userIds.map(() => communityId)}::uuid[], ${userIds}::uuid[], ${userIds.map(() => null)}::int[])`
  ).map((row) => row.outcome);

// The one-person function the app falls back to when a batch fails.
const oneByOne: Joiner = async (tx, communityId, userIds) => {
  const outcomes: string[] = [];
  for (const userId of userIds) {
    const [row] = await tx.$queryRaw<{ outcome: string }[]>`SELECT outcome FROM canopy_join_open(${communityId}::uuid, ${userId}::uuid, NULL::int)`;
    outcomes.push(row?.outcome ?? "none");
  }
  return outcomes;
};

async function rowsReadJoining(join: Joiner, communityId: string, userIds: string[]): Promise<Map<string, number>> {
  const rolledBack = new Error("rolled back on purpose");
  let reads: TableReads[] = [];
  await db
    .$transaction(async (tx) => {
      // The plan every call after the fifth uses, made now rather than after five calls.
      await tx.$executeRaw`SET LOCAL plan_cache_mode = force_generic_plan`;
      const before = await tx.$queryRaw<TableReads[]>`
        SELECT relname::text, (seq_tup_read + coalesce(idx_tup_fetch, 0))::int AS rows_read FROM pg_stat_xact_user_tables`;
      expect(await join(tx, communityId, userIds)).toEqual(userIds.map(() => "admitted"));
      const after = await tx.$queryRaw<TableReads[]>`
        SELECT relname::text, (seq_tup_read + coalesce(idx_tup_fetch, 0))::int AS rows_read FROM pg_stat_xact_user_tables`;
      const start = new Map(before.map((row) => [row.relname, row.rows_read]));
      reads = after.map((row) => ({ relname: row.relname, rows_read: row.rows_read - (start.get(row.relname) ?? 0) }));
      throw rolledBack;
    })
    .catch((error: unknown) => {
      if (error !== rolledBack) throw error;
    });
  return new Map(reads.map((row) => [row.relname, row.rows_read]));
}

describe.each([
  ["in one batch", inOneBatch],
  ["one by one", oneByOne],
])("open joins %s", (_how, join) => {
  it("read a few rows per person, not the community's members nor other communities' waitlists", async () => {
    const crowd = (await createUsers(1_600)).map((user) => user.id);
    const big = await createTestCommunity();
    const queued = await createTestCommunity({ settings: { memberCap: 1, waitlistEnabled: true } });
    // 1,200 members in one community, 380 people waiting for another.
    await db.$executeRaw`
      INSERT INTO memberships (id, community_id, user_id, role, status, entry_path, is_paid, referral_wave, first_joined_at, joined_at)
      SELECT canopy_uuid7(), ${big.id}::uuid, u, 'MEMBER', 'ACTIVE', 'OPEN', false, 0, now(), now()
        FROM unnest(${crowd.slice(0, 1_200)}::uuid[]) AS u`;
    await db.$executeRaw`UPDATE communities SET member_count = member_count + 1200 WHERE id = ${big.id}::uuid`;
    await db.$executeRaw`
      INSERT INTO waitlist_entries (id, community_id, user_id, status, entry_path, is_paid)
      SELECT canopy_uuid7(), ${queued.id}::uuid, u, 'WAITING', 'OPEN', false
        FROM unnest(${crowd.slice(1_200, 1_580)}::uuid[]) AS u`;

    const newcomers = crowd.slice(1_580, 1_596);
    const reads = await rowsReadJoining(join, big.id, newcomers);

    // A handful of rows per person (their membership and open waitlist entry, none yet
    // here), whatever the size of the community or of other communities' waitlists.
    // Small tables read whole (communities, rollups) are the planner's right choice at
    // their size and are not counted here.
    const perPersonBound = 4 * newcomers.length;
    expect(reads.get("memberships") ?? 0).toBeLessThanOrEqual(perPersonBound);
    expect(reads.get("waitlist_entries") ?? 0).toBeLessThanOrEqual(perPersonBound);
  });
});
