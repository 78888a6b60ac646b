import type { DbClient } from "../server/prisma";

/**
 * How many people an inviter has committed: the max uses of their live links plus
 * the actual uses of revoked or expired ones. The quota caps this number.
 */
export async function committedInvitationUses(db: DbClient, communityId: string, inviterId: string, now: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ uses: bigint }[]>`
    SELECT COALESCE(sum(CASE WHEN revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ${now}) THEN COALESCE(max_uses, 0) ELSE use_count END), 0) AS uses
      FROM invitations WHERE community_id = ${communityId}::uuid AND created_by_id = ${inviterId}::uuid`;
  return Number(row?.uses ?? 0);
}
