import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isIsoDate, nextPeriod, periodEnd, periodsBetween, periodStart } from "./dates";

describe("ISO date arithmetic", () => {
  it("accepts real dates only", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    for (const bad of ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "yesterday", "2026-01-01T00:00", "1969-12-31"]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it("finds the start of the UTC week (Monday) and month", () => {
    expect(periodStart("week", "2026-11-24")).toBe("2026-11-23");
    expect(periodStart("week", "2026-11-29")).toBe("2026-11-23");
    expect(periodStart("week", "2026-11-23")).toBe("2026-11-23");
    expect(periodStart("month", "2026-11-24")).toBe("2026-11-01");
    expect(nextPeriod("month", "2026-12-01")).toBe("2027-01-01");
    expect(periodEnd("month", "2024-02-01")).toBe("2024-02-29");
  });

  it("lists every period touching a range", () => {
    expect(periodsBetween("week", "2026-11-01", "2026-11-10")).toEqual(["2026-10-26", "2026-11-02", "2026-11-09"]);
    expect(periodsBetween("month", "2026-11-30", "2027-01-01")).toEqual(["2026-11-01", "2026-12-01", "2027-01-01"]);
    expect(periodsBetween("day", "2026-11-02", "2026-11-01")).toEqual([]);
  });

  it("moves by days and measures back consistently", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: -2000, max: 2000 }), (offset, days) => {
        const start = addDays("1990-01-01", offset);
        expect(daysBetween(start, addDays(start, days))).toBe(days);
        const week = periodStart("week", start);
        expect(new Date(`${week}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(daysBetween(week, start)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(week, start)).toBeLessThan(7);
      }),
    );
  });
});
