import { periodsBetween } from "./dates";
import { attributeFilter, type CardQuery, type DbClient, segmentExpression } from "./card-query";
import { orderSegments } from "./retention-math";

// Churn per period from the rollups: members who left, were removed or banned
// (analytics_departure_counts, from memberships.status / left_at / left_reason), and members who went inactive — still members, but with no activity for
// communities.inactive_after_days days (counted on the day that mark passed, up to today).

export const churnKinds = ["LEFT", "REMOVED", "BANNED", "INACTIVE"] as const;
export type ChurnKind = (typeof churnKinds)[number];
type Row = { period: string; kind: ChurnKind; segment: string; members: number };
export type { Row as ChurnRow };
export type ChurnReason = { reason: string | null; kind: ChurnKind; members: number };
export type Churn = {
  grain: "week" | "month";
  inactiveAfterDays: number;
  segments: string[];
  periods: { period: string; counts: Record<string, Record<ChurnKind, number>> }[];
  reasons: ChurnReason[];
};

export async function churn(db: DbClient, query: CardQuery): Promise<Churn> {
  const { from, to, grain, split } = query.filters;
  const until = to < query.today ? to : query.today;
  const [settings, departures, inactive, reasons] = await Promise.all([
    db.$queryRaw<{ days: number }[]>`SELECT inactive_after_days AS days FROM communities WHERE id = ${query.communityId}::uuid`,
    db.$queryRaw<Row[]>`
      SELECT to_char(date_trunc(${grain}, d.left_day::timestamp), 'YYYY-MM-DD') AS period, d.status::text AS kind,
             ${segmentExpression(split, "d")} AS segment, sum(d.members)::int AS members
        FROM analytics_departure_counts d
       WHERE d.community_id = ${query.communityId}::uuid
         AND d.left_day BETWEEN ${from}::date AND ${to}::date
         AND ${attributeFilter(query, "d")}
       GROUP BY 1, 2, 3
      HAVING sum(d.members) > 0`,
    db.$queryRaw<Row[]>`
      SELECT to_char(date_trunc(${grain}, (s.last_seen_day + c.inactive_after_days)::timestamp), 'YYYY-MM-DD') AS period, 'INACTIVE' AS kind,
             ${segmentExpression(split, "s")} AS segment, sum(s.members)::int AS members
        FROM analytics_last_seen_counts s
        JOIN communities c ON c.id = s.community_id
       WHERE s.community_id = ${query.communityId}::uuid
         AND s.last_seen_day BETWEEN ${from}::date - c.inactive_after_days AND ${until}::date - c.inactive_after_days
         AND ${attributeFilter(query, "s")}
       GROUP BY 1, 2, 3
      HAVING sum(s.members) > 0`,
    db.$queryRaw<ChurnReason[]>`
      SELECT nullif(d.reason, '') AS reason, d.status::text AS kind, sum(d.members)::int AS members
        FROM analytics_departure_counts d
       WHERE d.community_id = ${query.communityId}::uuid
         AND d.left_day BETWEEN ${from}::date AND ${to}::date
         AND ${attributeFilter(query, "d")}
       GROUP BY 1, 2
      HAVING sum(d.members) > 0
       ORDER BY 3 DESC, 1 NULLS LAST, 2
       LIMIT 10`,
  ]);
  return assembleChurn(query, settings[0]?.days ?? 30, [...departures, ...inactive], reasons);
}

export function assembleChurn(query: CardQuery, inactiveAfterDays: number, rows: Row[], reasons: ChurnReason[]): Churn {
  const { grain, from, to, split } = query.filters;
  const segments = orderSegments(split === "none" ? ["all"] : [...new Set(rows.map((row) => row.segment))]);
  const periods = periodsBetween(grain, from, to).map((period) => ({
    period,
    counts: Object.fromEntries(
      segments.map((segment) => [
        segment,
        Object.fromEntries(
          churnKinds.map((kind) => [
            kind,
            rows.filter((row) => row.period === period && row.segment === segment && row.kind === kind).reduce((sum, row) => sum + row.members, 0),
          ]),
        ) as Record<ChurnKind, number>,
      ]),
    ),
  }));
  return { grain, inactiveAfterDays, segments, periods, reasons };
}
