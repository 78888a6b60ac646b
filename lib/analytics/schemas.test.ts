import { describe, expect, it } from "vitest";
import { defaultFilters, filtersToSearchParams, parseInsightsFilters } from "./schemas";

const today = "2026-11-24";

describe("insights filters", () => {
  it("defaults to the last twelve weeks, weekly, unsplit", () => {
    expect(parseInsightsFilters({}, today)).toEqual({ ok: true, filters: defaultFilters(today) });
    expect(defaultFilters(today)).toMatchObject({ from: "2026-09-02", to: today, grain: "week", split: "none", node: null });
  });

  it("reads a full, valid query string and writes it back", () => {
    const params = { from: "2026-01-01", to: "2026-06-30", grain: "month", split: "paid", paid: "free", entry: "INVITATION", node: "0195f3a0-0000-7000-8000-000000000001" };
    const parsed = parseInsightsFilters(params, today);
    expect(parsed).toEqual({ ok: true, filters: params });
    expect(parsed.ok && Object.fromEntries(filtersToSearchParams(parsed.filters))).toEqual(params);
  });

  it.each([
    ["an end before the start", { from: "2026-05-01", to: "2026-04-01" }, "to", "end_before_start"],
    ["a range over three years", { from: "2020-01-01", to: "2026-01-01" }, "from", "range_too_long"],
    ["a malformed date", { from: "2026-02-30" }, "from", "invalid_date"],
    ["a date that is not one", { to: "next tuesday" }, "to", "invalid_date"],
    ["an unknown grain", { grain: "year" }, "grain", "invalid_choice"],
    ["an unknown split", { split: "country" }, "split", "invalid_choice"],
    ["an unknown entry path", { entry: "BACKDOOR" }, "entry", "invalid_choice"],
    ["a node that is not an id", { node: "../../etc" }, "node", "unknown_node"],
  ])("refuses %s with a message for its field and safe defaults", (_label, params, field, code) => {
    const parsed = parseInsightsFilters(params, today);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toContainEqual(expect.objectContaining({ field, code }));
    expect(parsed.fallback).toEqual(defaultFilters(today));
  });

  it("reports every problem at once", () => {
    const parsed = parseInsightsFilters({ from: "2026-05-01", to: "2026-04-01", node: "nope", split: "x" }, today);
    expect(parsed.ok ? [] : parsed.problems.map((problem) => problem.code).sort()).toEqual(["end_before_start", "invalid_choice", "unknown_node"]);
  });

  it("takes the first of repeated parameters and ignores blanks", () => {
    expect(parseInsightsFilters({ grain: ["month", "week"], split: "", node: "" }, today)).toMatchObject({ ok: true, filters: { grain: "month", split: "none", node: null } });
  });
});
