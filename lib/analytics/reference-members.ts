import { Prisma } from "../generated/prisma/client";
import { attributeFilter, type CardQuery, type DbClient, hasAttributeFilter, segmentExpression } from "./card-query";
import { addDays } from "./dates";
import { ACTIVE_KINDS, CONTRIBUTION_KINDS, FIRST_CONTRIBUTION_DAYS, WEEK_FOUR_FIRST_DAY, WEEK_FOUR_LAST_DAY } from "./definitions";
import { type ActivationFunnel, assembleFunnel } from "./activation-funnel";
import { assembleChurn, type Churn, type ChurnReason, type ChurnRow } from "./churn";
import { assembleWaves, type InviterRow, lastEligibleJoinDay, type ReferralWaves, TOP_INVITERS, type WaveRow } from "./referral-waves";

// Reference computations (see reference-activity.ts) for the cards that read per-member
// facts: everything is derived here from memberships and activity_events directly.

const activeKinds = Prisma.join(ACTIVE_KINDS.map((kind) => Prisma.sql`${kind}::"ActivityKind"`));
const contributionKinds = Prisma.join(CONTRIBUTION_KINDS.map((kind) => Prisma.sql`${kind}::"ActivityKind"`));

/** Per person in the community: the membership (if any) and facts from their events. */
function peopleSql(query: CardQuery): Prisma.Sql {
  return Prisma.sql`
    SELECT coalesce(m.user_id, ev.user_id) AS user_id, m.user_id IS NOT NULL AS is_member, m.status, m.is_paid, m.entry_path,
           coalesce(m.node_id, '00000000-0000-0000-0000-000000000000'::uuid) AS node_key, m.referral_wave, m.invited_by_id,
           m.first_joined_at, m.joined_at, least(ev.first_seen_at, m.first_joined_at) AS first_seen_at, ev.applied_at,
           ev.first_contribution_at, ev.last_active_at
      FROM (SELECT * FROM memberships WHERE community_id = ${query.communityId}::uuid) m
      FULL JOIN (SELECT e.user_id, min(e.occurred_at) AS first_seen_at,
                        min(e.occurred_at) FILTER (WHERE e.kind = 'APPLIED') AS applied_at,
                        min(e.occurred_at) FILTER (WHERE e.kind IN (${contributionKinds})) AS first_contribution_at,
                        max(e.occurred_at) FILTER (WHERE e.kind IN (${activeKinds})) AS last_active_at
                   FROM activity_events e
                  WHERE e.community_id = ${query.communityId}::uuid AND e.user_id IS NOT NULL
                  GROUP BY e.user_id) ev ON ev.user_id = m.user_id`;
}

export async function churnFromEvents(db: DbClient, query: CardQuery): Promise<Churn> {
  const { from, to, grain, split } = query.filters;
  const until = to < query.today ? to : query.today;
  const inRange = Prisma.sql`m.community_id = ${query.communityId}::uuid AND m.status IN ('LEFT', 'REMOVED', 'BANNED')
    AND m.left_at >= (${from}::date::timestamp AT TIME ZONE 'UTC') AND m.left_at < (${addDays(to, 1)}::date::timestamp AT TIME ZONE 'UTC')
    AND ${attributeFilter(query, "m", "membership")}`;
  const [settings, departures, inactive, reasons] = await Promise.all([
    db.$queryRaw<{ days: number }[]>`SELECT inactive_after_days AS days FROM communities WHERE id = ${query.communityId}::uuid`,
    db.$queryRaw<ChurnRow[]>`
      SELECT to_char(date_trunc(${grain}, m.left_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period, m.status::text AS kind,
             ${segmentExpression(split, "m")} AS segment, count(*)::int AS members
        FROM memberships m WHERE ${inRange} GROUP BY 1, 2, 3`,
    db.$queryRaw<ChurnRow[]>`
      SELECT to_char(date_trunc(${grain}, x.inactive_on::timestamp), 'YYYY-MM-DD') AS period, 'INACTIVE' AS kind, x.segment, count(*)::int AS members
        FROM (SELECT (greatest(p.last_active_at, p.joined_at) AT TIME ZONE 'UTC')::date + c.inactive_after_days AS inactive_on,
                     ${segmentExpression(split, "p")} AS segment
                FROM (${peopleSql(query)}) p
                JOIN communities c ON c.id = ${query.communityId}::uuid
               WHERE p.is_member AND p.status = 'ACTIVE' AND ${attributeFilter(query, "p", "member")}) x
       WHERE x.inactive_on BETWEEN ${from}::date AND ${until}::date
       GROUP BY 1, 2, 3`,
    db.$queryRaw<ChurnReason[]>`
      SELECT nullif(btrim(m.left_reason), '') AS reason, m.status::text AS kind, count(*)::int AS members
        FROM memberships m WHERE ${inRange}
       GROUP BY 1, 2 ORDER BY 3 DESC, 1 NULLS LAST, 2 LIMIT 10`,
  ]);
  return assembleChurn(query, settings[0]?.days ?? 30, [...departures, ...inactive], reasons);
}

export async function activationFunnelFromEvents(db: DbClient, query: CardQuery): Promise<ActivationFunnel> {
  const { from, to, split } = query.filters;
  const includesVisitors = !hasAttributeFilter(query);
  const [rows, anonymous] = await Promise.all([
    db.$queryRaw<{ segment: string; viewed: number; applied: number; accepted: number; contributed: number; retained: number }[]>`
      SELECT x.segment, count(*)::int AS viewed,
             count(*) FILTER (WHERE x.is_member OR x.applied_at IS NOT NULL)::int AS applied,
             count(*) FILTER (WHERE x.is_member)::int AS accepted,
             count(*) FILTER (WHERE x.contributed)::int AS contributed,
             count(*) FILTER (WHERE x.contributed AND x.week4)::int AS retained
        FROM (SELECT p.*, CASE WHEN p.is_member THEN ${segmentExpression(split, "p")} ELSE 'visitor' END AS segment,
                     (p.is_member AND p.first_contribution_at < p.first_joined_at + make_interval(days => ${FIRST_CONTRIBUTION_DAYS})) AS contributed,
                     (p.is_member AND EXISTS (
                        SELECT 1 FROM activity_events e
                         WHERE e.community_id = ${query.communityId}::uuid AND e.user_id = p.user_id AND e.kind IN (${activeKinds})
                           AND (e.occurred_at AT TIME ZONE 'UTC')::date - (p.first_joined_at AT TIME ZONE 'UTC')::date
                               BETWEEN ${WEEK_FOUR_FIRST_DAY} AND ${WEEK_FOUR_LAST_DAY})) AS week4
                FROM (${peopleSql(query)}) p
               WHERE p.first_seen_at >= (${from}::date::timestamp AT TIME ZONE 'UTC')
                 AND p.first_seen_at < (${addDays(to, 1)}::date::timestamp AT TIME ZONE 'UTC')
                 AND (${includesVisitors} OR (p.is_member AND ${attributeFilter(query, "p", "member")}))) x
       GROUP BY 1`,
    db.$queryRaw<{ views: number }[]>`
      SELECT count(*)::int AS views FROM activity_events e
       WHERE e.community_id = ${query.communityId}::uuid AND e.user_id IS NULL AND e.kind = 'VIEWED'
         AND e.occurred_at >= (${from}::date::timestamp AT TIME ZONE 'UTC')
         AND e.occurred_at < (${addDays(to, 1)}::date::timestamp AT TIME ZONE 'UTC')`,
  ]);
  return assembleFunnel(query, rows, includesVisitors ? (anonymous[0]?.views ?? 0) : 0, includesVisitors);
}

export async function referralWavesFromEvents(db: DbClient, query: CardQuery): Promise<ReferralWaves> {
  const { from, to, split } = query.filters;
  const eligibleUntil = lastEligibleJoinDay(query.today);
  const members = (inRange: boolean, node: Prisma.Sql) => Prisma.sql`
    SELECT p.*, (p.first_joined_at AT TIME ZONE 'UTC')::date <= ${eligibleUntil}::date AS eligible,
           EXISTS (SELECT 1 FROM activity_events e
                    WHERE e.community_id = ${query.communityId}::uuid AND e.user_id = p.user_id AND e.kind IN (${activeKinds})
                      AND (e.occurred_at AT TIME ZONE 'UTC')::date - (p.first_joined_at AT TIME ZONE 'UTC')::date
                          BETWEEN ${WEEK_FOUR_FIRST_DAY} AND ${WEEK_FOUR_LAST_DAY}) AS week4
      FROM (${peopleSql(query)}) p
     WHERE p.is_member AND ${node}
       AND (NOT ${inRange} OR (p.first_joined_at >= (${from}::date::timestamp AT TIME ZONE 'UTC')
                           AND p.first_joined_at < (${addDays(to, 1)}::date::timestamp AT TIME ZONE 'UTC')))`;
  const [waves, inviters] = await Promise.all([
    db.$queryRaw<WaveRow[]>`
      SELECT x.referral_wave AS wave, ${segmentExpression(split, "x")} AS segment, count(*)::int AS members,
             count(*) FILTER (WHERE x.eligible)::int AS eligible, count(*) FILTER (WHERE x.eligible AND x.week4)::int AS retained
        FROM (${members(true, attributeFilter(query, "p", "member"))}) x GROUP BY 1, 2`,
    // Top inviters: all time, only the node scope applies (as in the card).
    db.$queryRaw<InviterRow[]>`
      SELECT x.invited_by_id::text AS "inviterId", u.name, count(*)::int AS invitees, count(*) FILTER (WHERE x.week4)::int AS retained
        FROM (${members(false, Prisma.sql`(${query.nodeId}::uuid IS NULL OR p.node_key = ${query.nodeId}::uuid)`)}) x
        JOIN users u ON u.id = x.invited_by_id
       GROUP BY 1, 2
       ORDER BY 4 DESC, 3 DESC, 2, 1
       LIMIT ${TOP_INVITERS}`,
  ]);
  return assembleWaves(query, waves, inviters);
}
