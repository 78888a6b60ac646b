import { addDays, periodsBetween } from "./dates";
import { attributeFilter, type CardQuery, type DbClient, segmentExpression } from "./card-query";
import { orderSegments } from "./retention-math";

// Churn per period: members who left, were removed or banned (memberships.status and
// left_at), and members who went inactive — still members, but with no activity for
// communities.inactive_after_days days (counted on the day that mark passed, up to today).

export const churnKinds = ["LEFT", "REMOVED", "BANNED", "INACTIVE"] as const;
export type ChurnKind = (typeof churnKinds)[number];
type Row = { period: string; kind: ChurnKind; segment: string; members: number };
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
      SELECT to_char(date_trunc(${grain}, m.left_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period, m.status::text AS kind,
             ${segmentExpression(split, "m")} AS segment, count(*)::int AS members
        FROM memberships m
       WHERE m.community_id = ${query.communityId}::uuid
         AND m.status IN ('LEFT', 'REMOVED', 'BANNED')
         AND m.left_at >= (${from}::date::timestamp AT TIME ZONE 'UTC')
         AND m.left_at < (${addDays(to, 1)}::date::timestamp AT TIME ZONE 'UTC')
         AND ${attributeFilter(query, "m", "node_id")}
       GROUP BY 1, 2, 3`,
    db.$queryRaw<Row[]>`
      SELECT to_char(date_trunc(${grain}, x.inactive_on::timestamp), 'YYYY-MM-DD') AS period, 'INACTIVE' AS kind,
             x.segment, count(*)::int AS members
        FROM (SELECT (greatest(f.last_active_at, f.joined_at) AT TIME ZONE 'UTC')::date + c.inactive_after_days AS inactive_on,
                     ${segmentExpression(split, "f")} AS segment
                FROM analytics_user_facts f
                JOIN communities c ON c.id = f.community_id
               WHERE f.community_id = ${query.communityId}::uuid
                 AND f.is_member AND f.status = 'ACTIVE'
                 AND ${attributeFilter(query, "f")}) x
       WHERE x.inactive_on BETWEEN ${from}::date AND ${until}::date
       GROUP BY 1, 2, 3`,
    db.$queryRaw<ChurnReason[]>`
      SELECT nullif(btrim(m.left_reason), '') AS reason, m.status::text AS kind, count(*)::int AS members
        FROM memberships m
       WHERE m.community_id = ${query.communityId}::uuid
         AND m.status IN ('LEFT', 'REMOVED', 'BANNED')
         AND m.left_at >= (${from}::date::timestamp AT TIME ZONE 'UTC')
         AND m.left_at < (${addDays(to, 1)}::date::timestamp AT TIME ZONE 'UTC')
         AND ${attributeFilter(query, "m", "node_id")}
       GROUP BY 1, 2
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
