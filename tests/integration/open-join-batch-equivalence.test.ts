import { describe, expect, it } from "vitest";
import { sharedPrismaClient } from "../../lib/server/prisma";
import type { DbClient as TransactionClient } from "../../lib/server/prisma";
import { waitlistPosition } from "../../lib/membership/waitlist-position";
import { createTestCommunity } from "../factories/communities";
import { createUsers } from "../factories/users";

// canopy_join_open_batch must decide every person exactly as canopy_join_open does
// when the same people join one after the other (ADR 009). Random worlds (entry
// modes, fees, caps, waitlists, rules versions, members, leavers, bans, people
// waiting or holding an offer) and random batches (repeated people, wrong rules
// versions, unknown communities) are run both ways on the same state, each inside a
// transaction that is rolled back; outcomes and every row written — seats, members,
// waitlist order, events, accepted rules and the analytics rollups — must agree.

const db = sharedPrismaClient();

/** Small seeded generator (mulberry32), so a failing world can be replayed. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

type World = { communities: { id: string; rulesVersion: number | null }[]; users: string[]; labels: Map<string, string> };

type Row = Record<string, unknown>;

async function buildWorld(seed: number): Promise<World> {
  const random = randomSource(seed);
  const users = (await createUsers(6)).map((user) => user.id);
  const labels = new Map(users.map((id, index) => [id, `u${index}`]));
  const communities: World["communities"] = [];
  for (let index = 0; index < 4; index += 1) {
    const community = await createTestCommunity();
    labels.set(community.id, `c${index}`);
    labels.set(community.owner.id, `owner${index}`);
    let rulesVersion: number | null = null;
    if (random.chance(0.4)) {
      rulesVersion = 1 + random.int(2);
      for (let version = 1; version <= rulesVersion; version += 1) {
        await db.ruleSetVersion.create({
          data: { communityId: community.id, version, publishedById: community.owner.id, rules: { create: [{ position: 0, title: "Be kind" }] } },
        });
      }
    }
    let active = 1; // the owner
    let held = 0;
    for (const userId of users) {
      const state = random.pick(["none", "none", "none", "member", "left", "banned", "waiting", "offered"] as const);
      if (state === "member" || state === "left") {
        await db.membership.create({
          data: { communityId: community.id, userId, entryPath: "OPEN", status: state === "member" ? "ACTIVE" : "LEFT", leftAt: state === "left" ? new Date() : null },
        });
        if (state === "member") active += 1;
      } else if (state === "banned") {
        await db.ban.create({ data: { communityId: community.id, userId, bannedById: community.owner.id, reason: "Spam" } });
      } else if (state === "waiting" || state === "offered") {
        const offeredAt = new Date();
        await db.waitlistEntry.create({
          data: {
            communityId: community.id,
            userId,
            status: state === "waiting" ? "WAITING" : "OFFERED",
            offeredAt: state === "offered" ? offeredAt : null,
            offerExpiresAt: state === "offered" ? new Date(offeredAt.getTime() + 3_600_000) : null,
          },
        });
        if (state === "offered") held += 1;
      }
    }
    const cap = random.chance(0.25) ? null : active + held + random.int(4);
    await db.community.update({
      where: { id: community.id },
      data: {
        memberCount: active,
        seatsHeld: held,
        memberCap: cap,
        waitlistEnabled: random.chance(0.7),
        entryMode: random.chance(0.85) ? "OPEN" : "APPLICATION",
        feeAmountMinor: random.chance(0.9) ? 0 : 500,
        feeCurrency: "CNY",
      },
    });
    communities.push({ id: community.id, rulesVersion });
  }
  return { communities, users, labels };
}

function randomBatch(world: World, seed: number): { communityId: string; userId: string; version: number | null }[] {
  const random = randomSource(seed);
  const unknownCommunity = "01900000-0000-7000-8000-00000000c0de";
  return Array.from({ length: 1 + random.int(14) }, () => {
    const community = random.chance(0.05) ? { id: unknownCommunity, rulesVersion: null } : random.pick(world.communities);
    const version = random.chance(0.85) ? community.rulesVersion : random.pick([null, 1, 2, 3]);
    return { communityId: community.id, userId: random.pick(world.users), version };
  });
}

/** Everything a join can write in these communities, with ids replaced by labels. */
async function snapshot(tx: TransactionClient, world: World): Promise<Row> {
  const ids = world.communities.map((community) => community.id);
  const label = (value: unknown) => (typeof value === "string" ? (world.labels.get(value) ?? value) : value);
  const relabel = (rows: Row[]) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, label(value)])));
  const query = async (sql: string) => relabel(await tx.$queryRawUnsafe<Row[]>(sql, ids));
  return {
    seats: await query(`SELECT id::text, member_count, seats_held FROM communities WHERE id = ANY($1::uuid[]) ORDER BY id`),
    members: await query(
      `SELECT m.community_id::text, m.user_id::text, m.status::text, m.role::text, m.entry_path::text, m.is_paid, m.left_at IS NULL AS present,
              (SELECT count(*)::int FROM rule_acceptances a WHERE a.membership_id = m.id) AS acceptances,
              (SELECT r.version FROM rule_set_versions r WHERE r.id = m.accepted_rule_set_version_id) AS accepted_version
         FROM memberships m WHERE m.community_id = ANY($1::uuid[]) ORDER BY 1, 2`,
    ),
    waitlist: await query(
      `SELECT community_id::text, user_id::text, status::text, resolved_at IS NULL AS open,
              (SELECT r.version FROM rule_set_versions r WHERE r.id = w.rule_set_version_id) AS rules_version
         FROM waitlist_entries w WHERE community_id = ANY($1::uuid[]) ORDER BY community_id, seq`,
    ),
    events: await query(
      `SELECT community_id::text, user_id::text, kind::text, count(*)::int AS n FROM activity_events
        WHERE community_id = ANY($1::uuid[]) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    ),
    facts: await query(
      `SELECT community_id::text, user_id::text, is_member, status::text, entry_path::text, referral_wave, first_seen_at IS NOT NULL AS seen
         FROM analytics_user_facts WHERE community_id = ANY($1::uuid[]) ORDER BY 1, 2`,
    ),
    joinCounts: await query(
      `SELECT community_id::text, node_key::text, entry_path::text, referral_wave, members, active_week4 FROM analytics_join_counts
        WHERE community_id = ANY($1::uuid[]) AND members <> 0 ORDER BY 1, 2, 3, 4`,
    ),
    funnelCounts: await query(
      `SELECT community_id::text, node_key::text, is_member, entry_path, applied, people FROM analytics_funnel_counts
        WHERE community_id = ANY($1::uuid[]) AND people <> 0 ORDER BY 1, 2, 3, 4, 5`,
    ),
    lastSeenCounts: await query(
      `SELECT community_id::text, node_key::text, entry_path::text, members FROM analytics_last_seen_counts
        WHERE community_id = ANY($1::uuid[]) AND members <> 0 ORDER BY 1, 2, 3`,
    ),
  };
}

class RolledBack extends Error {
  constructor(readonly value: unknown) {
    super("rolled back on purpose");
  }
}

/** Runs `work` in a transaction, returns what it returned, and undoes every write. */
async function tryAndUndo<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
  try {
    await db.$transaction(async (tx) => {
      throw new RolledBack(await work(tx));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.value as T;
    throw error;
  }
  throw new Error("unreachable");
}

type Outcome = { outcome: string; membership: boolean; waitlistEntry: string | null };

describe("a batch of open joins", () => {
  it("decides and writes exactly what the same joins one after the other would", async () => {
    let batches = 0;
    const seen = new Set<string>();
    for (let worldSeed = 1; worldSeed <= 8; worldSeed += 1) {
      const world = await buildWorld(worldSeed);
      for (let batchSeed = 1; batchSeed <= 15; batchSeed += 1) {
        const batch = randomBatch(world, worldSeed * 1000 + batchSeed);
        const context = `world ${worldSeed}, batch ${batchSeed}: ${JSON.stringify(batch.map((item) => [world.labels.get(item.communityId) ?? "unknown", world.labels.get(item.userId), item.version]))}`;

        const together = await tryAndUndo(async (tx) => {
          const rows = await tx.$queryRaw<
            { item: number; outcome: string; membership_id: string | null; waitlist_entry_id: string | null; waitlist_position: number | null }[]
          >`
            SELECT * FROM canopy_join_open_batch(${batch.map((item) => item.communityId)}::uuid[], ${batch.map((item) => item.userId)}::uuid[],
              ${batch.map((item) => item.version)}::int[])`;
          const entries = await entryOwners(tx, rows.map((row) => row.waitlist_entry_id));
          // The place the batch tells a queued person is the one the app would read.
          const positions = await Promise.all(rows.map((row) => (row.waitlist_entry_id ? waitlistPosition(tx, row.waitlist_entry_id) : null)));
          expect(rows.map((row) => row.waitlist_position), context).toEqual(positions);
          return {
            outcomes: rows.map((row): Outcome => ({ outcome: row.outcome, membership: row.membership_id !== null, waitlistEntry: entries(row.waitlist_entry_id) })),
            state: await snapshot(tx, world),
          };
        });
        const oneByOne = await tryAndUndo(async (tx) => {
          const rows: { outcome: string; membership_id: string | null; waitlist_entry_id: string | null }[] = [];
          for (const item of batch) {
            const [row] = await tx.$queryRaw<{ outcome: string; membership_id: string | null; waitlist_entry_id: string | null }[]>`
              SELECT * FROM canopy_join_open(${item.communityId}::uuid, ${item.userId}::uuid, ${item.version}::int)`;
            if (row) rows.push(row);
          }
          const entries = await entryOwners(tx, rows.map((row) => row.waitlist_entry_id));
          return {
            outcomes: rows.map((row): Outcome => ({ outcome: row.outcome, membership: row.membership_id !== null, waitlistEntry: entries(row.waitlist_entry_id) })),
            state: await snapshot(tx, world),
          };
        });

        expect(together.outcomes, context).toEqual(oneByOne.outcomes);
        expect(together.state, context).toEqual(oneByOne.state);
        batches += 1;
        for (const outcome of together.outcomes) seen.add(outcome.outcome);
      }
    }
    expect(batches).toBe(120);
    // The worlds reach every outcome, so none of the comparisons above is vacuous.
    expect([...seen].sort()).toEqual(["admitted", "already_member", "banned", "full", "not_applicable", "waitlisted"]);
  });
});

/** Names a waitlist entry by its community, person and place in the queue (ids differ between runs). */
async function entryOwners(tx: TransactionClient, entryIds: (string | null)[]): Promise<(id: string | null) => string | null> {
  const ids = entryIds.filter((id): id is string => id !== null);
  const rows = await tx.$queryRaw<{ id: string; owner: string }[]>`
    SELECT w.id::text, w.community_id::text || '/' || w.user_id::text || '/' || w.status::text || '/' ||
           (SELECT count(*) FROM waitlist_entries o WHERE o.community_id = w.community_id AND o.status = 'WAITING' AND o.seq <= w.seq)::text AS owner
      FROM waitlist_entries w WHERE w.id = ANY(${ids}::uuid[])`;
  const owners = new Map(rows.map((row) => [row.id, row.owner]));
  return (id) => (id === null ? null : (owners.get(id) ?? "missing"));
}
