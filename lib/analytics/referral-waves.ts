import { addDays } from "./dates";
import { WEEK_FOUR_FIRST_DAY } from "./definitions";
import { attributeFilter, type CardQuery, type DbClient, segmentExpression } from "./card-query";
import { orderSegments, share } from "./retention-math";

// Referral waves for members who first joined in the range: wave 0 joined without an
// inviter, wave n was invited by someone of wave n-1 (memberships.referral_wave, set at
// join time). Retention per wave is week-4 retention: of the members whose fourth week
// has begun, the share active in it. Top inviters (all time, in the viewer's scope) are
// ranked by invitees retained in their fourth week.

export type WaveRow = { wave: number; segment: string; members: number; eligible: number; retained: number };
export type InviterRow = { inviterId: string; name: string; invitees: number; retained: number };
export type WaveValue = { members: number; eligible: number; retained: number; rate: number | null };
export type ReferralWaves = {
  segments: string[];
  waves: { wave: number; values: Record<string, WaveValue> }[];
  topInviters: InviterRow[];
};

export const TOP_INVITERS = 10;

/** Members who joined on or before this day have begun their fourth week by `today`. */
export function lastEligibleJoinDay(today: string): string {
  return addDays(today, -WEEK_FOUR_FIRST_DAY);
}

export async function referralWaves(db: DbClient, query: CardQuery): Promise<ReferralWaves> {
  const { from, to, split } = query.filters;
  const eligibleUntil = lastEligibleJoinDay(query.today);
  const [waves, inviters] = await Promise.all([
    db.$queryRaw<WaveRow[]>`
      SELECT j.referral_wave AS wave, ${segmentExpression(split, "j")} AS segment, sum(j.members)::int AS members,
             coalesce(sum(j.members) FILTER (WHERE j.join_day <= ${eligibleUntil}::date), 0)::int AS eligible,
             coalesce(sum(j.active_week4) FILTER (WHERE j.join_day <= ${eligibleUntil}::date), 0)::int AS retained
        FROM analytics_join_counts j
       WHERE j.community_id = ${query.communityId}::uuid
         AND j.join_day BETWEEN ${from}::date AND ${to}::date
         AND ${attributeFilter(query, "j")}
       GROUP BY 1, 2
      HAVING sum(j.members) > 0`,
    db.$queryRaw<InviterRow[]>`
      SELECT i.inviter_id::text AS "inviterId", u.name, i.invitees, i.retained
        FROM analytics_inviter_counts i
        JOIN users u ON u.id = i.inviter_id
       WHERE i.community_id = ${query.communityId}::uuid
         AND i.node_key = coalesce(${query.nodeId}::uuid, 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)
         AND i.invitees > 0
       ORDER BY i.retained DESC, i.invitees DESC, u.name, i.inviter_id
       LIMIT ${TOP_INVITERS}`,
  ]);
  return assembleWaves(query, waves, inviters);
}

export function assembleWaves(query: CardQuery, rows: WaveRow[], topInviters: InviterRow[]): ReferralWaves {
  const segments = orderSegments(query.filters.split === "none" ? ["all"] : [...new Set(rows.map((row) => row.segment))]);
  const waveNumbers = [...new Set(rows.map((row) => row.wave))].sort((a, b) => a - b);
  const waves = waveNumbers.map((wave) => ({
    wave,
    values: Object.fromEntries(
      segments.map((segment) => {
        const row = rows.find((entry) => entry.wave === wave && entry.segment === segment);
        const value = { members: row?.members ?? 0, eligible: row?.eligible ?? 0, retained: row?.retained ?? 0 };
        return [segment, { ...value, rate: share(value.retained, value.eligible) }];
      }),
    ),
  }));
  return { segments, waves, topInviters };
}
