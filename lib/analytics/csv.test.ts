import { describe, expect, it } from "vitest";
import { cardCsvRows, type CsvLabels, toCsv } from "./csv";

const labels: CsvLabels = { column: (key) => key, segment: (segment) => `«${segment}»`, periodType: (grain) => grain, step: (step) => step };

describe("CSV export", () => {
  it("starts with a byte-order mark and ends lines with CRLF", () => {
    expect(toCsv([["a", 1], ["读书会", null]])).toBe("\uFEFFa,1\r\n读书会,\r\n");
  });

  it("quotes separators and quotes, and defuses formulas", () => {
    expect(toCsv([['say "hi", ok', "=SUM(A1)", "-2", -2]])).toBe('\uFEFF"say ""hi"", ok",\'=SUM(A1),\'-2,-2\r\n');
  });

  it("writes a cohort row per cell with the rate in percent", () => {
    const rows = cardCsvRows(
      "cohorts",
      { grain: "week", periods: ["2026-01-05", "2026-01-12"], rows: [{ cohort: "2026-01-05", segment: "all", size: 3, cells: [{ offset: 0, period: "2026-01-05", active: 3, rate: 1 }, { offset: 1, period: "2026-01-12", active: 1, rate: 1 / 3 }] }] },
      labels,
    );
    expect(rows).toEqual([
      ["cohort", "series", "members", "periodNumber", "period", "active", "retention"],
      ["2026-01-05", "«all»", 3, 0, "2026-01-05", 3, 100],
      ["2026-01-05", "«all»", 3, 1, "2026-01-12", 1, 33.3],
    ]);
  });
});
