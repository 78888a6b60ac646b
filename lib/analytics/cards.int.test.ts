import { beforeAll, describe, expect, it } from "vitest";
import { at, buildAnalyticsWorld, type AnalyticsWorld } from "../../tests/factories/analytics";
import { sharedPrismaClient } from "../server/prisma";
import { activationFunnel } from "./activation-funnel";
import { activeMembers } from "./active-members";
import type { CardQuery } from "./card-query";
import { churn } from "./churn";
import { cohortRetention } from "./cohort-retention";
import { referralWaves } from "./referral-waves";
import { defaultFilters, type InsightsFilters } from "./schemas";

// Every metric on a community small enough to count by hand. The answers below were
// worked out on paper from the story, not read off the code.
//   Weeks (Monday): W1 2025-03-03, W2 03-10, W3 03-17, W4 03-24 … W10 04-28. Today 2025-04-30.
//   A  joined Mon 03-03, paid, by application, node 0. Viewed and applied 03-02; visited 03-03
//      and 03-11; posted 03-25 (day 22: active in week 4, but not a first-week contribution).
//   B  joined Wed 03-05, free, invited by A (wave 1), node 1. Posted 03-06 (day 1), visited
//      03-27 (day 22) and 04-28.
//   C  joined Tue 03-11, free, open, no node. Never active.
//   D  joined Tue 03-04, free, open, node 0. Visited 03-04 and 03-12; left 03-20 ("moved away").
//   V  never joined: viewed and applied 03-15. Two signed-out views, 03-05 and 03-06.
//   Inactive after 14 days: C went inactive 03-25 (W4), A on 04-08 (W6); B was last seen 04-28.

const db = sharedPrismaClient();
let world: AnalyticsWorld;
const today = "2025-04-30";
const query = (filters: Partial<InsightsFilters> = {}): CardQuery => {
  const full = { ...defaultFilters(today), from: "2025-03-01", to: today, ...filters };
  return { communityId: world.community.id, nodeId: full.node, filters: full, today };
};

beforeAll(async () => {
  world = await buildAnalyticsWorld({
    nodes: 2,
    inactiveAfterDays: 14,
    extraUsers: ["V"],
    members: [
      { key: "A", joinedAt: at("2025-03-03", 10), isPaid: true, entryPath: "APPLICATION", node: 0 },
      { key: "B", joinedAt: at("2025-03-05"), entryPath: "INVITATION", invitedBy: "A", wave: 1, node: 1 },
      { key: "C", joinedAt: at("2025-03-11"), entryPath: "OPEN", node: null },
      { key: "D", joinedAt: at("2025-03-04"), entryPath: "OPEN", node: 0, left: { at: at("2025-03-20"), status: "LEFT", reason: "moved away" } },
    ],
    events: [
      { member: "A", kind: "VIEWED", at: at("2025-03-02") },
      { member: "A", kind: "APPLIED", at: at("2025-03-02", 13) },
      { member: "A", kind: "VISITED", at: at("2025-03-03", 11) },
      { member: "A", kind: "VISITED", at: at("2025-03-11") },
      { member: "A", kind: "POSTED", at: at("2025-03-25") },
      { member: "B", kind: "POSTED", at: at("2025-03-06") },
      { member: "B", kind: "VISITED", at: at("2025-03-27") },
      { member: "B", kind: "VISITED", at: at("2025-04-28") },
      { member: "D", kind: "VISITED", at: at("2025-03-04", 15) },
      { member: "D", kind: "VISITED", at: at("2025-03-12") },
      { member: "V", kind: "VIEWED", at: at("2025-03-15") },
      { member: "V", kind: "APPLIED", at: at("2025-03-15", 14) },
      { member: null, kind: "VIEWED", at: at("2025-03-05") },
      { member: null, kind: "VIEWED", at: at("2025-03-06") },
    ],
  });
});

describe("cohort retention", () => {
  it("counts each weekly cohort's active members week by week", async () => {
    const { periods, rows } = await cohortRetention(db, query());
    expect(periods[0]).toBe("2025-02-24"); // the range is widened to whole weeks
    expect(periods.at(-1)).toBe("2025-04-28");
    expect(rows.map((row) => [row.cohort, row.size, row.cells.map((cell) => cell.active)])).toEqual([
      ["2025-03-03", 3, [3, 2, 0, 2, 0, 0, 0, 0, 1]],
      ["2025-03-10", 1, [0, 0, 0, 0, 0, 0, 0, 0]],
    ]);
    expect(rows[0]?.cells[1]?.rate).toBeCloseTo(2 / 3);
  });

  it("splits by paid and free, by month, and limits to a node", async () => {
    const monthly = await cohortRetention(db, query({ grain: "month", split: "paid" }));
    expect(monthly.rows.map((row) => [row.cohort, row.segment, row.size, row.cells.map((cell) => cell.active)])).toEqual([
      ["2025-03-01", "paid", 1, [1, 0]],
      ["2025-03-01", "free", 3, [2, 1]],
    ]);
    const node = await cohortRetention(db, query({ node: world.nodes[0] ?? null }));
    expect(node.rows.map((row) => [row.cohort, row.size, row.cells.map((cell) => cell.active)])).toEqual([["2025-03-03", 2, [2, 2, 0, 1, 0, 0, 0, 0, 0]]]);
  });
});

describe("active members", () => {
  it("gives daily, weekly and monthly actives and stickiness", async () => {
    const active = await activeMembers(db, query());
    const nonZero = (series: { period: string; values: Record<string, number> }[]) =>
      series.filter((entry) => (entry.values.all ?? 0) > 0).map((entry) => [entry.period, entry.values.all]);
    expect(nonZero(active.days)).toEqual([
      ["2025-03-03", 1], ["2025-03-04", 1], ["2025-03-06", 1], ["2025-03-11", 1],
      ["2025-03-12", 1], ["2025-03-25", 1], ["2025-03-27", 1], ["2025-04-28", 1],
    ]);
    expect(nonZero(active.weeks)).toEqual([["2025-03-03", 3], ["2025-03-10", 2], ["2025-03-24", 2], ["2025-04-28", 1]]);
    expect(active.months.map((month) => [month.period, month.values.all])).toEqual([["2025-03-01", 3], ["2025-04-01", 1]]);
    expect(active.months[0]?.stickiness.all).toBeCloseTo(7 / 31 / 3);
    expect(active.months[1]?.stickiness.all).toBeCloseTo(1 / 30);
  });

  it("splits weekly actives by paid and free", async () => {
    const active = await activeMembers(db, query({ split: "paid" }));
    expect(active.segments).toEqual(["paid", "free"]);
    expect(active.weeks.find((week) => week.period === "2025-03-03")?.values).toEqual({ paid: 1, free: 2 });
  });
});

describe("churn", () => {
  it("counts departures with reasons and members who went inactive", async () => {
    const result = await churn(db, query());
    const counts = Object.fromEntries(result.periods.map((entry) => [entry.period, entry.counts.all]));
    expect(result.inactiveAfterDays).toBe(14);
    expect(counts["2025-03-17"]).toEqual({ LEFT: 1, REMOVED: 0, BANNED: 0, INACTIVE: 0 });
    expect(counts["2025-03-24"]).toEqual({ LEFT: 0, REMOVED: 0, BANNED: 0, INACTIVE: 1 });
    expect(counts["2025-04-07"]).toEqual({ LEFT: 0, REMOVED: 0, BANNED: 0, INACTIVE: 1 });
    const total = result.periods.reduce((sum, entry) => sum + Object.values(entry.counts.all ?? {}).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(3);
    expect(result.reasons).toEqual([{ reason: "moved away", kind: "LEFT", members: 1 }]);
  });
});

describe("activation funnel", () => {
  it("follows everyone who first showed up in the range", async () => {
    const funnel = await activationFunnel(db, query());
    expect(funnel.includesVisitors).toBe(true);
    expect(funnel.segments[0]?.steps.map((step) => [step.step, step.people])).toEqual([
      ["viewed", 7],
      ["applied", 5],
      ["accepted", 4],
      ["contributed", 1],
      ["retained", 1],
    ]);
    expect(funnel.segments[0]?.steps[2]?.fromPrevious).toBeCloseTo(4 / 5);
  });

  it("leaves visitors out under a member filter", async () => {
    const funnel = await activationFunnel(db, query({ paid: "paid" }));
    expect(funnel.includesVisitors).toBe(false);
    expect(funnel.segments[0]?.steps.map((step) => step.people)).toEqual([1, 1, 1, 0, 0]);
  });
});

describe("referral waves", () => {
  it("sizes each wave, its week-4 retention and the top inviters", async () => {
    const waves = await referralWaves(db, query());
    expect(waves.waves.map((wave) => [wave.wave, wave.values.all])).toEqual([
      [0, { members: 3, eligible: 3, retained: 1, rate: 1 / 3 }],
      [1, { members: 1, eligible: 1, retained: 1, rate: 1 }],
    ]);
    expect(waves.topInviters).toEqual([{ inviterId: world.users.A, name: "Person A", invitees: 1, retained: 1 }]);
  });
});
