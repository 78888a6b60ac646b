import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCohortTriangle, funnelConversions, orderSegments, share, stickiness } from "./retention-math";

describe("retention math", () => {
  it("never divides by zero", () => {
    expect(share(3, 0)).toBeNull();
    expect(share(1, 4)).toBe(0.25);
  });

  it("builds a triangle: one cell per period from the cohort's own to the last", () => {
    const rows = buildCohortTriangle(
      ["2026-01-05", "2026-01-12", "2026-01-19"],
      [
        { cohort: "2026-01-05", segment: "all", members: 4 },
        { cohort: "2026-01-19", segment: "all", members: 2 },
      ],
      [
        { cohort: "2026-01-05", period: "2026-01-05", segment: "all", members: 4 },
        { cohort: "2026-01-05", period: "2026-01-19", segment: "all", members: 1 },
        { cohort: "2026-01-19", period: "2026-01-19", segment: "all", members: 1 },
      ],
    );
    expect(rows.map((row) => [row.cohort, row.size, row.cells.map((cell) => [cell.offset, cell.active, cell.rate])])).toEqual([
      ["2026-01-05", 4, [[0, 4, 1], [1, 0, 0], [2, 1, 0.25]]],
      ["2026-01-19", 2, [[0, 1, 0.5]]],
    ]);
  });

  it("averages daily actives over the month's days for stickiness", () => {
    expect(stickiness([2, 4, 0, 2], 4)).toBe(0.5);
    expect(stickiness([], 4)).toBeNull();
    expect(stickiness([0, 0], 0)).toBeNull();
  });

  it("gives funnel conversions from the previous and the first step", () => {
    expect(funnelConversions([{ step: "a", people: 10 }, { step: "b", people: 5 }, { step: "c", people: 0 }])).toEqual([
      { step: "a", people: 10, fromPrevious: null, fromFirst: 1 },
      { step: "b", people: 5, fromPrevious: 0.5, fromFirst: 0.5 },
      { step: "c", people: 0, fromPrevious: 0, fromFirst: 0 },
    ]);
  });

  it("keeps conversions within 0–100% for any shrinking funnel", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 6 }), (drops) => {
        let people = 5000;
        const steps = drops.map((drop, index) => ({ step: String(index), people: (people = Math.max(0, people - drop)) }));
        for (const step of funnelConversions(steps)) {
          for (const rate of [step.fromPrevious, step.fromFirst]) {
            if (rate === null) continue;
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it("orders segments meaningfully", () => {
    expect(orderSegments(["free", "visitor", "paid"])).toEqual(["paid", "free", "visitor"]);
    expect(orderSegments(["INVITATION", "OPEN", "FOUNDER", "APPLICATION"])).toEqual(["FOUNDER", "OPEN", "APPLICATION", "INVITATION"]);
  });
});
