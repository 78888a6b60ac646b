import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { at, buildAnalyticsWorld, type EventSpec, type MemberSpec } from "../../tests/factories/analytics";
import { seedDemo } from "../../prisma/seed/seed-demo";
import { createTestCommunity } from "../../tests/factories/communities";
import { createUser } from "../../tests/factories/users";
import { joinCommunity } from "../membership/join-community";
import type { ActivityKind, EntryPath } from "../generated/prisma/enums";
import { sharedPrismaClient } from "../server/prisma";
import { activationFunnel } from "./activation-funnel";
import { activeMembers } from "./active-members";
import type { CardQuery } from "./card-query";
import { churn } from "./churn";
import { cohortRetention } from "./cohort-retention";
import { addDays } from "./dates";
import { ACTIVE_KINDS, CONTRIBUTION_KINDS } from "./definitions";
import { referralWaves } from "./referral-waves";
import { activeMembersFromEvents, cohortRetentionFromEvents } from "./reference-activity";
import { activationFunnelFromEvents, churnFromEvents, referralWavesFromEvents } from "./reference-members";
import { defaultFilters, type InsightsFilters } from "./schemas";

// The rollups (kept by triggers) must give exactly the numbers the plain SQL reference
// computes from memberships and activity_events — on the demo seed, and on generated
// communities that are then edited the ways the app and the seed edit them.

const db = sharedPrismaClient();

async function expectRollupsMatchEvents(query: CardQuery) {
  expect(await cohortRetention(db, query)).toEqual(await cohortRetentionFromEvents(db, query));
  expect(await activeMembers(db, query)).toEqual(await activeMembersFromEvents(db, query));
  expect(await churn(db, query)).toEqual(await churnFromEvents(db, query));
  expect(await activationFunnel(db, query)).toEqual(await activationFunnelFromEvents(db, query));
  expect(await referralWaves(db, query)).toEqual(await referralWavesFromEvents(db, query));
}

const variants: Partial<InsightsFilters>[] = [
  {},
  { grain: "month", split: "paid" },
  { split: "entry", paid: "free" },
  { grain: "month", entry: "INVITATION", split: "paid" },
];

describe("analytics rollups", () => {
  it("agree with the raw computation on the demo seed", async () => {
    const now = new Date("2026-11-24T09:30:00Z");
    await seedDemo(db, now);
    const communities = await db.community.findMany({ select: { id: true, nodes: { select: { id: true } } } });
    expect(communities.length).toBeGreaterThan(0);
    for (const community of communities) {
      for (const variant of [...variants, { node: community.nodes[0]?.id ?? null }]) {
        const filters = { ...defaultFilters("2026-11-24"), ...variant };
        await expectRollupsMatchEvents({ communityId: community.id, nodeId: filters.node, filters, today: "2026-11-24" });
      }
    }
  });

  it("agree with the raw computation on generated communities after edits", async () => {
    const base = "2026-01-05";
    const kinds: ActivityKind[] = ["VISITED", "POSTED", "COMMENTED", "EVENT_ATTENDED", "VIEWED", "APPLIED", "JOINED", "INVITED"];
    const paths: EntryPath[] = ["OPEN", "APPLICATION", "INVITATION"];
    const member = fc.record({
      joinDay: fc.integer({ min: 0, max: 70 }),
      isPaid: fc.boolean(),
      entryPath: fc.constantFrom(...paths),
      node: fc.constantFrom(0, 1, null),
      leftAfter: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
      events: fc.array(fc.record({ day: fc.integer({ min: -3, max: 90 }), hour: fc.integer({ min: 0, max: 23 }), kind: fc.constantFrom(...kinds) }), { maxLength: 10 }),
    });
    const edits = fc.record({ flipPaid: fc.nat(), moveNode: fc.nat(), leave: fc.nat(), dropEventsOf: fc.nat(), shiftEventsOf: fc.nat(), shiftDays: fc.integer({ min: -20, max: 20 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(member, { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 5 }), edits, async (people, anonymousDays, edit) => {
        const members: MemberSpec[] = people.map((person, index) => ({
          key: `m${index}`,
          joinedAt: at(addDays(base, person.joinDay), 8),
          isPaid: person.isPaid,
          entryPath: person.entryPath,
          node: person.node,
          invitedBy: index > 0 && person.entryPath === "INVITATION" ? "m0" : undefined,
          wave: index > 0 && person.entryPath === "INVITATION" ? 1 : 0,
          left: person.leftAfter === null ? undefined : { at: at(addDays(base, person.joinDay + person.leftAfter)), status: "LEFT", reason: index % 2 ? "moved away" : null },
        }));
        const events: EventSpec[] = [
          ...people.flatMap((person, index) => person.events.map((event) => ({ member: `m${index}`, kind: event.kind, at: at(addDays(base, person.joinDay + event.day), event.hour) }))),
          ...anonymousDays.map((day) => ({ member: null, kind: "VIEWED" as const, at: at(addDays(base, day)) })),
          { member: "visitor", kind: "APPLIED", at: at(addDays(base, 10)) },
        ];
        const world = await buildAnalyticsWorld({ members, events, nodes: 2, extraUsers: ["visitor"], inactiveAfterDays: 14 });
        const pick = (n: number) => world.users[`m${n % members.length}`]!;
        const where = (n: number) => ({ communityId: world.community.id, userId: pick(n) });
        const flipped = await db.membership.findFirstOrThrow({ where: where(edit.flipPaid) });
        await db.membership.update({ where: { id: flipped.id }, data: { isPaid: !flipped.isPaid } });
        await db.membership.updateMany({ where: where(edit.moveNode), data: { nodeId: world.nodes[1] } });
        await db.membership.updateMany({ where: { ...where(edit.leave), status: "ACTIVE" }, data: { status: "REMOVED", leftAt: at(addDays(base, 60)), leftReason: "spam" } });
        await db.activityEvent.deleteMany({ where: { ...where(edit.dropEventsOf), kind: "POSTED" } });
        await db.$executeRaw`UPDATE activity_events SET occurred_at = occurred_at + make_interval(days => ${edit.shiftDays})
                              WHERE community_id = ${world.community.id}::uuid AND user_id = ${pick(edit.shiftEventsOf)}::uuid`;

        const today = addDays(base, 95);
        for (const variant of [...variants, { node: world.nodes[0] ?? null }, { node: world.nodes[1] ?? null, split: "paid" as const }]) {
          const filters = { ...defaultFilters(today), from: addDays(base, -7), ...variant };
          await expectRollupsMatchEvents({ communityId: world.community.id, nodeId: filters.node, filters, today });
        }
      }),
      { numRuns: 15 },
    );
  });

  it("use the same activity definitions as definitions.ts", async () => {
    const rows = await db.$queryRaw<{ kind: string; active: boolean; contribution: boolean }[]>`
      SELECT k::text AS kind, analytics_is_active_kind(k) AS active, analytics_is_contribution_kind(k) AS contribution
        FROM unnest(enum_range(NULL::"ActivityKind")) AS k`;
    expect(rows.filter((row) => row.active).map((row) => row.kind).sort()).toEqual([...ACTIVE_KINDS].sort());
    expect(rows.filter((row) => row.contribution).map((row) => row.kind).sort()).toEqual([...CONTRIBUTION_KINDS].sort());
  });

  it("forget a member's contribution when the membership is deleted", async () => {
    const world = await buildAnalyticsWorld({
      members: [{ key: "a", joinedAt: at("2026-03-02"), isPaid: true }],
      events: [{ member: "a", kind: "VISITED", at: at("2026-03-03") }],
    });
    await db.membership.deleteMany({ where: { communityId: world.community.id, userId: world.users.a } });
    const [counts] = await db.$queryRaw<{ active: number; cohorts: number; joins: number }[]>`
      SELECT (SELECT coalesce(sum(members), 0)::int FROM analytics_active_counts WHERE community_id = ${world.community.id}::uuid) AS active,
             (SELECT coalesce(sum(members), 0)::int FROM analytics_cohort_counts WHERE community_id = ${world.community.id}::uuid) AS cohorts,
             (SELECT coalesce(sum(members), 0)::int FROM analytics_join_counts WHERE community_id = ${world.community.id}::uuid AND entry_path <> 'FOUNDER') AS joins`;
    expect(counts).toEqual({ active: 0, cohorts: 0, joins: 0 });
  });

  it("let a community with rollups be deleted", async () => {
    const world = await buildAnalyticsWorld({
      members: [{ key: "a", joinedAt: at("2026-03-02") }],
      events: [{ member: "a", kind: "POSTED", at: at("2026-03-03") }],
    });
    await db.community.delete({ where: { id: world.community.id } });
    const [left] = await db.$queryRaw<{ rows: number }[]>`
      SELECT ((SELECT count(*) FROM analytics_user_facts WHERE community_id = ${world.community.id}::uuid)
            + (SELECT count(*) FROM analytics_active_counts WHERE community_id = ${world.community.id}::uuid))::int AS rows`;
    expect(left?.rows).toBe(0);
  });

  it("agree with the raw computation when people join through the admission path, with and without earlier visits", async () => {
    const community = await createTestCommunity({ settings: { memberCap: 4 } });
    const [fresh, viewer, waiting, applicant] = [await createUser(), await createUser(), await createUser(), await createUser()];
    // One person looked (and visited) before joining: their facts already exist, so the slow path recomputes them.
    await db.activityEvent.createMany({
      data: [
        { communityId: community.id, userId: viewer.id, kind: "VIEWED", occurredAt: new Date(Date.now() - 3 * 86_400_000) },
        { communityId: community.id, userId: viewer.id, kind: "VISITED", occurredAt: new Date(Date.now() - 2 * 86_400_000) },
      ],
    });
    for (const person of [fresh, viewer, applicant, waiting]) await joinCommunity({ communityId: community.id, userId: person.id });
    await db.activityEvent.create({ data: { communityId: community.id, userId: fresh.id, kind: "POSTED" } });
    const today = new Date().toISOString().slice(0, 10);
    for (const variant of variants) {
      const filters = { ...defaultFilters(today), ...variant };
      await expectRollupsMatchEvents({ communityId: community.id, nodeId: null, filters, today });
    }
  });
});

