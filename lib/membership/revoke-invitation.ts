import { db } from "../server/db";
import { AppError } from "../server/errors";

/** Stops a link from admitting anyone else; people it already brought in stay. */
export async function revokeInvitation(params: { invitationId: string; actorId: string; actorIsAdmin: boolean }): Promise<void> {
  const updated = await db.invitation.updateMany({
    where: { id: params.invitationId, revokedAt: null, ...(params.actorIsAdmin ? {} : { createdById: params.actorId }) },
    data: { revokedAt: new Date() },
  });
  if (updated.count === 0) throw new AppError("not_found");
}
