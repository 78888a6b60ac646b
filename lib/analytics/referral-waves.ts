import { addDays } from "./dates";
import { attributeFilter, type CardQuery, type DbClient, segmentExpression } from "./card-query";
import { orderSegments, share } from "./retention-math";

// Referral waves for members who first joined in the range: wave 0 joined without an
// inviter, wave n was invited by someone of wave n-1 (memberships.referral_wave, set at
// join time). "Retained" = still a member today and active (or joined) within the last
// inactive_after_days days. Top inviters are ranked by their retained invitees.

type WaveRow = { wave: number; segment: string; members: number; retained: number };
type InviterRow = { inviterId: string; name: string; invitees: number; retained: number };
export type ReferralWaves = {
  segments: string[];
  waves: { wave: number; values: Record<string, { members: number; retained: number; rate: number | null }> }[];
  topInviters: InviterRow[];
};

export const TOP_INVITERS = 10;

export async function referralWaves(db: DbClient, query: CardQuery): Promise<ReferralWaves> {
  const { from, to, split } = query.filters;
  const [waves, inviters] = await Promise.all([
    db.$queryRaw<WaveRow[]>`
      SELECT x.wave, x.segment, count(*)::int AS members, count(*) FILTER (WHERE x.retained)::int AS retained
        FROM (SELECT f.referral_wave AS wave, ${segmentExpression(split, "f")} AS segment,
                     (f.status = 'ACTIVE' AND greatest(f.last_active_at, f.joined_at)
                        >= ((${addDays(query.today, 1)}::date - c.inactive_after_days)::timestamp AT TIME ZONE 'UTC')) AS retained
                FROM analytics_user_facts f
                JOIN communities c ON c.id = f.community_id
               WHERE f.community_id = ${query.communityId}::uuid AND f.is_member
                 AND f.first_joined_at >= (${from}::date::timestamp AT TIME ZONE 'UTC')
                 AND f.first_joined_at < (${addDays(to, 1)}::date::timestamp AT TIME ZONE 'UTC')
                 AND ${attributeFilter(query, "f")}) x
       GROUP BY 1, 2`,
    db.$queryRaw<InviterRow[]>`
      SELECT i.inviter_id::text AS "inviterId", u.name, i.invitees, i.retained
        FROM (SELECT f.invited_by_id AS inviter_id, count(*)::int AS invitees,
                     count(*) FILTER (WHERE f.status = 'ACTIVE' AND greatest(f.last_active_at, f.joined_at)
                        >= ((${addDays(query.today, 1)}::date - c.inactive_after_days)::timestamp AT TIME ZONE 'UTC'))::int AS retained
                FROM analytics_user_facts f
                JOIN communities c ON c.id = f.community_id
               WHERE f.community_id = ${query.communityId}::uuid AND f.is_member AND f.invited_by_id IS NOT NULL
                 AND f.first_joined_at >= (${from}::date::timestamp AT TIME ZONE 'UTC')
                 AND f.first_joined_at < (${addDays(to, 1)}::date::timestamp AT TIME ZONE 'UTC')
                 AND ${attributeFilter(query, "f")}
               GROUP BY 1) i
        JOIN users u ON u.id = i.inviter_id
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
        const members = row?.members ?? 0;
        const retained = row?.retained ?? 0;
        return [segment, { members, retained, rate: share(retained, members) }];
      }),
    ),
  }));
  return { segments, waves, topInviters };
}
