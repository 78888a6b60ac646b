import { Prisma } from "../generated/prisma/client";
import { attributeFilter, type CardQuery, type DbClient, segmentExpression } from "./card-query";
import { addDays, nextPeriod, periodStart } from "./dates";
import { ACTIVE_KINDS } from "./definitions";
import { type ActiveMembers, assembleActiveMembers } from "./active-members";
import { cohortWindow, type CohortRetention } from "./cohort-retention";
import { buildCohortTriangle, type CohortActivity, type CohortSize } from "./retention-math";

// The reference: the same numbers as the cards, computed straight from memberships and
// activity_events with plain SQL and no rollup. Tests prove the rollups agree with it;
// bench:dashboard measures how much faster the rollups are.

const activeKinds = Prisma.join(ACTIVE_KINDS.map((kind) => Prisma.sql`${kind}::"ActivityKind"`));

export async function cohortRetentionFromEvents(db: DbClient, query: CardQuery): Promise<CohortRetention> {
  const { grain, start, end, periods } = cohortWindow(query);
  const until = nextPeriod(grain, periods.at(-1) ?? start);
  const [sizes, activity] = await Promise.all([
    db.$queryRaw<CohortSize[]>`
      SELECT to_char(date_trunc(${grain}, m.first_joined_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS cohort,
             ${segmentExpression(query.filters.split, "m")} AS segment, count(*)::int AS members
        FROM memberships m
       WHERE m.community_id = ${query.communityId}::uuid
         AND m.first_joined_at >= (${start}::date::timestamp AT TIME ZONE 'UTC')
         AND m.first_joined_at < (${addDays(end, 1)}::date::timestamp AT TIME ZONE 'UTC')
         AND ${attributeFilter(query, "m", "membership")}
       GROUP BY 1, 2`,
    db.$queryRaw<CohortActivity[]>`
      SELECT x.cohort, x.period, x.segment, count(DISTINCT x.user_id)::int AS members
        FROM (SELECT to_char(date_trunc(${grain}, m.first_joined_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS cohort,
                     to_char(date_trunc(${grain}, e.occurred_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period,
                     ${segmentExpression(query.filters.split, "m")} AS segment, m.user_id
                FROM memberships m
                JOIN activity_events e ON e.community_id = m.community_id AND e.user_id = m.user_id
               WHERE m.community_id = ${query.communityId}::uuid
                 AND m.first_joined_at >= (${start}::date::timestamp AT TIME ZONE 'UTC')
                 AND m.first_joined_at < (${addDays(end, 1)}::date::timestamp AT TIME ZONE 'UTC')
                 AND e.kind IN (${activeKinds})
                 AND e.occurred_at >= (${start}::date::timestamp AT TIME ZONE 'UTC')
                 AND e.occurred_at < (${until}::date::timestamp AT TIME ZONE 'UTC')
                 AND ${attributeFilter(query, "m", "membership")}) x
       WHERE x.period >= x.cohort
       GROUP BY 1, 2, 3`,
  ]);
  return { grain, periods, rows: buildCohortTriangle(periods, sizes, activity) };
}

export async function activeMembersFromEvents(db: DbClient, query: CardQuery): Promise<ActiveMembers> {
  const { from, to } = query.filters;
  const weekFrom = periodStart("week", from);
  const monthFrom = periodStart("month", from);
  const windowStart = weekFrom < monthFrom ? weekFrom : monthFrom;
  const weekUntil = nextPeriod("week", periodStart("week", to));
  const monthUntil = nextPeriod("month", periodStart("month", to));
  const windowEnd = weekUntil > monthUntil ? weekUntil : monthUntil;
  const rows = await db.$queryRaw<{ grain: "day" | "week" | "month"; period: string; segment: string; members: number }[]>`
    SELECT x.grain, to_char(x.period, 'YYYY-MM-DD') AS period, x.segment, count(DISTINCT x.user_id)::int AS members
      FROM (SELECT g.grain, date_trunc(g.grain, e.occurred_at AT TIME ZONE 'UTC')::date AS period,
                   ${segmentExpression(query.filters.split, "m")} AS segment, e.user_id
              FROM activity_events e
              JOIN memberships m ON m.community_id = e.community_id AND m.user_id = e.user_id
             CROSS JOIN (VALUES ('day'), ('week'), ('month')) AS g(grain)
             WHERE e.community_id = ${query.communityId}::uuid
               AND e.kind IN (${activeKinds})
               AND e.occurred_at >= (${windowStart}::date::timestamp AT TIME ZONE 'UTC')
               AND e.occurred_at < (${windowEnd}::date::timestamp AT TIME ZONE 'UTC')
               AND ${attributeFilter(query, "m", "membership")}) x
     WHERE (x.grain = 'day' AND x.period BETWEEN ${from}::date AND ${to}::date)
        OR (x.grain = 'week' AND x.period BETWEEN ${weekFrom}::date AND ${to}::date)
        OR (x.grain = 'month' AND x.period BETWEEN ${monthFrom}::date AND ${to}::date)
     GROUP BY 1, 2, 3`;
  return assembleActiveMembers(query, rows);
}
