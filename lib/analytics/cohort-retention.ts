import type { Grain } from "./definitions";
import { nextPeriod, periodEnd, periodsBetween, periodStart } from "./dates";
import { attributeFilter, type CardQuery, type DbClient, segmentExpression } from "./card-query";
import { buildCohortTriangle, type CohortActivity, type CohortRow, type CohortSize } from "./retention-math";

// Cohort retention from the maintained rollups: cohort sizes from analytics_join_counts,
// active members per cohort and period from analytics_cohort_counts. The range is
// widened to whole periods so every cohort is complete.

export type CohortRetention = { grain: Grain; periods: string[]; rows: CohortRow[] };

export function cohortWindow(query: CardQuery): { grain: Grain; start: string; end: string; periods: string[] } {
  const grain = query.filters.grain;
  const start = periodStart(grain, query.filters.from);
  const end = periodEnd(grain, periodStart(grain, query.filters.to));
  return { grain, start, end, periods: periodsBetween(grain, start, end) };
}

export async function cohortRetention(db: DbClient, query: CardQuery): Promise<CohortRetention> {
  const { grain, start, end, periods } = cohortWindow(query);
  const [sizes, activity] = await Promise.all([
    db.$queryRaw<CohortSize[]>`
      SELECT to_char(date_trunc(${grain}, j.join_day::timestamp), 'YYYY-MM-DD') AS cohort,
             ${segmentExpression(query.filters.split, "j")} AS segment,
             sum(j.members)::int AS members
        FROM analytics_join_counts j
       WHERE j.community_id = ${query.communityId}::uuid
         AND j.join_day BETWEEN ${start}::date AND ${end}::date
         AND ${attributeFilter(query, "j")}
       GROUP BY 1, 2
      HAVING sum(j.members) > 0`,
    db.$queryRaw<CohortActivity[]>`
      SELECT to_char(c.cohort_start, 'YYYY-MM-DD') AS cohort, to_char(c.period_start, 'YYYY-MM-DD') AS period,
             ${segmentExpression(query.filters.split, "c")} AS segment,
             sum(c.members)::int AS members
        FROM analytics_cohort_counts c
       WHERE c.community_id = ${query.communityId}::uuid
         AND c.grain = ${grain}
         AND c.cohort_start BETWEEN ${start}::date AND ${end}::date
         AND c.period_start < ${nextPeriod(grain, periods.at(-1) ?? start)}::date
         AND ${attributeFilter(query, "c")}
       GROUP BY 1, 2, 3
      HAVING sum(c.members) > 0`,
  ]);
  return { grain, periods, rows: buildCohortTriangle(periods, sizes, activity) };
}
