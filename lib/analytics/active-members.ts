import { periodsBetween } from "./dates";
import { attributeFilter, type CardQuery, type DbClient, segmentExpression } from "./card-query";
import { orderSegments, stickiness } from "./retention-math";

// Daily, weekly and monthly active members (distinct members with an engagement event
// in the UTC day / ISO week / month) from analytics_active_counts, and stickiness.

type Row = { grain: "day" | "week" | "month"; period: string; segment: string; members: number };
export type PeriodValues = { period: string; values: Record<string, number> };
export type ActiveMembers = {
  segments: string[];
  days: PeriodValues[];
  weeks: PeriodValues[];
  months: (PeriodValues & { stickiness: Record<string, number | null> })[];
};

export async function activeMembers(db: DbClient, query: CardQuery): Promise<ActiveMembers> {
  const { from, to } = query.filters;
  const rows = await db.$queryRaw<Row[]>`
    SELECT a.grain, to_char(a.period_start, 'YYYY-MM-DD') AS period,
           ${segmentExpression(query.filters.split, "a")} AS segment, sum(a.members)::int AS members
      FROM analytics_active_counts a
     WHERE a.community_id = ${query.communityId}::uuid
       AND ((a.grain = 'day' AND a.period_start BETWEEN ${from}::date AND ${to}::date)
         OR (a.grain = 'week' AND a.period_start BETWEEN date_trunc('week', ${from}::date::timestamp)::date AND ${to}::date)
         OR (a.grain = 'month' AND a.period_start BETWEEN date_trunc('month', ${from}::date::timestamp)::date AND ${to}::date))
       AND ${attributeFilter(query, "a")}
     GROUP BY 1, 2, 3
    HAVING sum(a.members) > 0`;
  return assembleActiveMembers(query, rows);
}

export function assembleActiveMembers(query: CardQuery, rows: Row[]): ActiveMembers {
  const { from, to } = query.filters;
  const segments = orderSegments(query.filters.split === "none" ? ["all"] : [...new Set(rows.map((row) => row.segment))]);
  const series = (grain: Row["grain"]) => {
    const values = new Map(rows.filter((row) => row.grain === grain).map((row) => [`${row.period}|${row.segment}`, row.members]));
    return periodsBetween(grain, from, to).map((period) => ({
      period,
      values: Object.fromEntries(segments.map((segment) => [segment, values.get(`${period}|${segment}`) ?? 0])),
    }));
  };
  const days = series("day");
  const months = series("month").map((month) => {
    const inMonth = days.filter((day) => day.period.slice(0, 7) === month.period.slice(0, 7));
    const ratios = Object.fromEntries(
      segments.map((segment) => [segment, stickiness(inMonth.map((day) => day.values[segment] ?? 0), month.values[segment] ?? 0)]),
    );
    return { ...month, stickiness: ratios };
  });
  return { segments, days, weeks: series("week"), months };
}
