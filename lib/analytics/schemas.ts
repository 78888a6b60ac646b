import { z } from "zod";
import { DEFAULT_RANGE_DAYS, entryPaths, grains, MAX_RANGE_DAYS, splits } from "./definitions";
import { addDays, daysBetween, isIsoDate, toIsoDate } from "./dates";

// The Insights filters live in the URL (shareable). Every value is validated here;
// a nonsense value gets a message code for its field instead of a crash. Whether a
// node belongs to the community is checked against the database in queries.ts.

const isoDate = z.string().trim().refine(isIsoDate, { message: "invalid_date" });
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => {
  const single = first(value);
  return typeof single === "string" && single.trim() === "" ? undefined : single;
};

const rawFilters = z.object({
  from: z.preprocess(blankToUndefined, isoDate.optional()),
  to: z.preprocess(blankToUndefined, isoDate.optional()),
  grain: z.preprocess(blankToUndefined, z.enum(grains, { message: "invalid_choice" }).default("week")),
  split: z.preprocess(blankToUndefined, z.enum(splits, { message: "invalid_choice" }).default("none")),
  paid: z.preprocess(blankToUndefined, z.enum(["all", "paid", "free"], { message: "invalid_choice" }).default("all")),
  entry: z.preprocess(blankToUndefined, z.enum(["all", ...entryPaths], { message: "invalid_choice" }).default("all")),
  node: z.preprocess(blankToUndefined, z.uuid({ message: "unknown_node" }).optional()),
});

export type InsightsFilters = {
  from: string;
  to: string;
  grain: (typeof grains)[number];
  split: (typeof splits)[number];
  paid: "all" | "paid" | "free";
  entry: "all" | (typeof entryPaths)[number];
  node: string | null;
};

export type FilterField = keyof InsightsFilters;
export type FilterProblem = { field: FilterField; code: string; values?: Record<string, string | number> };
export type ParsedFilters = { ok: true; filters: InsightsFilters } | { ok: false; problems: FilterProblem[]; fallback: InsightsFilters };

export function defaultFilters(today: string): InsightsFilters {
  return { from: addDays(today, -(DEFAULT_RANGE_DAYS - 1)), to: today, grain: "week", split: "none", paid: "all", entry: "all", node: null };
}

/**
 * Parses URL search params field by field, so every problem is reported at once; on
 * failure returns the problems and safe defaults to show beside them.
 */
export function parseInsightsFilters(searchParams: Record<string, string | string[] | undefined>, today: string): ParsedFilters {
  const fallback = defaultFilters(today);
  const problems: FilterProblem[] = [];
  const field = <Key extends keyof typeof rawFilters.shape>(key: Key) => {
    const parsed = rawFilters.shape[key].safeParse(searchParams[key]);
    if (parsed.success) return parsed.data as z.output<(typeof rawFilters.shape)[Key]>;
    problems.push({ field: key, code: parsed.error.issues[0]?.message ?? "invalid_value" });
    return undefined;
  };
  const value = { from: field("from"), to: field("to"), grain: field("grain"), split: field("split"), paid: field("paid"), entry: field("entry"), node: field("node") };
  const to = value.to ?? today;
  const from = value.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (daysBetween(from, to) < 0) problems.push({ field: "to", code: "end_before_start" });
  else if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) problems.push({ field: "from", code: "range_too_long", values: { years: 3 } });
  if (problems.length > 0) return { ok: false, problems, fallback };
  const filters: InsightsFilters = {
    from,
    to,
    grain: value.grain ?? fallback.grain,
    split: value.split ?? fallback.split,
    paid: value.paid ?? fallback.paid,
    entry: value.entry ?? fallback.entry,
    node: value.node ?? null,
  };
  return { ok: true, filters };
}

/** The filters as URL search params, leaving out defaults so links stay short. */
export function filtersToSearchParams(filters: InsightsFilters): URLSearchParams {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.grain !== "week") params.set("grain", filters.grain);
  if (filters.split !== "none") params.set("split", filters.split);
  if (filters.paid !== "all") params.set("paid", filters.paid);
  if (filters.entry !== "all") params.set("entry", filters.entry);
  if (filters.node) params.set("node", filters.node);
  return params;
}

export { toIsoDate };
