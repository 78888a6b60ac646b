import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { at, buildAnalyticsWorld } from "../../tests/factories/analytics";
import type { ActivityKind } from "../generated/prisma/enums";
import { sharedPrismaClient } from "../server/prisma";
import { activationFunnel } from "./activation-funnel";
import { cohortRetention, cohortWindow } from "./cohort-retention";
import { addDays } from "./dates";
import { referralWaves } from "./referral-waves";
import { defaultFilters, type InsightsFilters } from "./schemas";

// Properties that must hold on any community: shares never exceed 100%, cohort sizes
// add up to the members who joined in the range, and the funnel never widens.

const db = sharedPrismaClient();
const base = "2025-06-02";
const kinds: ActivityKind[] = ["VISITED", "POSTED", "COMMENTED", "EVENT_ATTENDED", "VIEWED", "APPLIED"];

const community = fc.record({
  members: fc.array(
    fc.record({
      joinDay: fc.integer({ min: 0, max: 80 }),
      isPaid: fc.boolean(),
      node: fc.constantFrom(0, null),
      events: fc.array(fc.record({ day: fc.integer({ min: -2, max: 100 }), kind: fc.constantFrom(...kinds) }), { maxLength: 8 }),
    }),
    { minLength: 1, maxLength: 10 },
  ),
  range: fc.record({ from: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 0, max: 90 }) }),
  filters: fc.record({
    grain: fc.constantFrom("week" as const, "month" as const),
    split: fc.constantFrom("none" as const, "paid" as const, "entry" as const),
    paid: fc.constantFrom("all" as const, "paid" as const, "free" as const),
  }),
});

describe("insights properties", () => {
  it("hold on generated communities", async () => {
    await fc.assert(
      fc.asyncProperty(community, async ({ members, range, filters: chosen }) => {
        const world = await buildAnalyticsWorld({
          nodes: 1,
          members: members.map((member, index) => ({ key: `m${index}`, joinedAt: at(addDays(base, member.joinDay), 9), isPaid: member.isPaid, node: member.node })),
          events: members.flatMap((member, index) =>
            member.events.map((event) => ({ member: `m${index}`, kind: event.kind, at: at(addDays(base, member.joinDay + event.day)) })),
          ),
        });
        const today = addDays(base, 120);
        const filters: InsightsFilters = { ...defaultFilters(today), from: addDays(base, range.from), to: addDays(base, range.from + range.length), ...chosen };
        const query = { communityId: world.community.id, nodeId: null, filters, today };

        const cohorts = await cohortRetention(db, query);
        for (const row of cohorts.rows) {
          for (const cell of row.cells) {
            expect(cell.active).toBeLessThanOrEqual(row.size);
            expect(cell.rate ?? 0).toBeLessThanOrEqual(1);
          }
        }
        const { start, end } = cohortWindow(query);
        const joined = await db.membership.count({
          where: {
            communityId: world.community.id,
            firstJoinedAt: { gte: new Date(`${start}T00:00:00Z`), lt: new Date(`${addDays(end, 1)}T00:00:00Z`) },
            ...(chosen.paid === "all" ? {} : { isPaid: chosen.paid === "paid" }),
          },
        });
        expect(cohorts.rows.reduce((sum, row) => sum + row.size, 0)).toBe(joined);

        const funnel = await activationFunnel(db, query);
        for (const segment of funnel.segments) {
          segment.steps.forEach((step, index) => {
            if (index > 0) expect(step.people).toBeLessThanOrEqual(segment.steps[index - 1]!.people);
            expect(step.fromPrevious ?? 0).toBeLessThanOrEqual(1);
          });
        }

        const waves = await referralWaves(db, query);
        for (const wave of waves.waves) for (const value of Object.values(wave.values)) expect(value.rate ?? 0).toBeLessThanOrEqual(1);
      }),
      { numRuns: 12 },
    );
  });
});
