import { attributeFilter, type CardQuery, type DbClient, hasAttributeFilter, segmentExpression } from "./card-query";
import { funnelConversions, orderSegments, type FunnelStepWithRates } from "./retention-math";

// The activation funnel for people who first showed up in the range (their first
// event in the community, or their first join): viewed → applied → accepted → first
// contribution within 7 days of joining → also active in their fourth week. Each step
// is a subset of the one before. Signed-out views count once each in step one.

export const funnelSteps = ["viewed", "applied", "accepted", "contributed", "retained"] as const;
type Row = { segment: string; viewed: number; applied: number; accepted: number; contributed: number; retained: number };
export type { Row as FunnelRow };
export type ActivationFunnel = { segments: { segment: string; steps: FunnelStepWithRates[] }[]; includesVisitors: boolean };

export async function activationFunnel(db: DbClient, query: CardQuery): Promise<ActivationFunnel> {
  const { from, to, split } = query.filters;
  // Visitors who are not members have no paid/entry/node attributes: a member filter leaves them out.
  const includesVisitors = !hasAttributeFilter(query);
  const [rows, anonymous] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT CASE WHEN f.is_member THEN ${segmentExpression(split, "f")} ELSE 'visitor' END AS segment,
             sum(f.people)::int AS viewed,
             coalesce(sum(f.people) FILTER (WHERE f.applied), 0)::int AS applied,
             coalesce(sum(f.people) FILTER (WHERE f.is_member), 0)::int AS accepted,
             coalesce(sum(f.people) FILTER (WHERE f.contributed), 0)::int AS contributed,
             coalesce(sum(f.people) FILTER (WHERE f.contributed AND f.active_week4), 0)::int AS retained
        FROM analytics_funnel_counts f
       WHERE f.community_id = ${query.communityId}::uuid
         AND f.first_seen_day BETWEEN ${from}::date AND ${to}::date
         AND ${attributeFilter(query, "f")}
         AND (${includesVisitors} OR f.is_member)
       GROUP BY 1
      HAVING sum(f.people) > 0`,
    includesVisitors
      ? db.$queryRaw<{ views: number }[]>`
          SELECT coalesce(sum(v.views), 0)::int AS views FROM analytics_anonymous_views v
           WHERE v.community_id = ${query.communityId}::uuid AND v.day BETWEEN ${from}::date AND ${to}::date`
      : Promise.resolve([{ views: 0 }]),
  ]);
  return assembleFunnel(query, rows, anonymous[0]?.views ?? 0, includesVisitors);
}

export function assembleFunnel(query: CardQuery, rows: Row[], anonymousViews: number, includesVisitors: boolean): ActivationFunnel {
  const byKey = new Map(rows.map((row) => [row.segment, row]));
  if (includesVisitors && anonymousViews > 0) {
    const visitor = byKey.get("visitor") ?? { segment: "visitor", viewed: 0, applied: 0, accepted: 0, contributed: 0, retained: 0 };
    byKey.set("visitor", { ...visitor, viewed: visitor.viewed + anonymousViews });
  }
  // Without a split everything is one series; with one, visitors stay their own series.
  const merged = query.filters.split === "none" ? [sumRows([...byKey.values()], "all")] : [...byKey.values()];
  const segments = orderSegments(merged.map((row) => row.segment)).map((segment) => {
    const row = merged.find((entry) => entry.segment === segment)!;
    return { segment, steps: funnelConversions(funnelSteps.map((step) => ({ step, people: row[step] }))) };
  });
  return { segments, includesVisitors };
}

function sumRows(rows: Row[], segment: string): Row {
  const total: Row = { segment, viewed: 0, applied: 0, accepted: 0, contributed: 0, retained: 0 };
  for (const row of rows) for (const step of funnelSteps) total[step] += row[step];
  return total;
}
