import { AppError } from "../server/errors";
import type { DbClient } from "../server/prisma";

/** Uses one place on an invitation link, if it is still valid; returns who invited. */
export async function consumeInvitation(tx: DbClient, invitationId: string, now: Date): Promise<{ inviterId: string }> {
  const [row] = await tx.$queryRaw<{ created_by_id: string }[]>`
    UPDATE invitations SET use_count = use_count + 1
     WHERE id = ${invitationId}::uuid AND revoked_at IS NULL
       AND (expires_at IS NULL OR expires_at > ${now})
       AND (max_uses IS NULL OR use_count < max_uses)
    RETURNING created_by_id`;
  if (!row) throw new AppError("invitation_invalid");
  return { inviterId: row.created_by_id };
}
