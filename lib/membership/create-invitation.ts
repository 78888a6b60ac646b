import { inTransaction } from "../server/transaction";
import { randomBytes } from "node:crypto";
import { db } from "../server/db";
import { AppError } from "../server/errors";
import { loadEntryConfig } from "./entry-config";
import { committedInvitationUses } from "./invitation-quota";
import { mayInvite } from "./invitation-policy";

const DAY = 24 * 60 * 60 * 1000;

export type CreatedInvitation = { id: string; code: string };

/**
 * A member creates an invitation link within the community's policy and their
 * quota. The quota counts people: the uses an inviter has committed (max uses of
 * live links, actual uses of revoked or expired ones) may not exceed it. The
 * inviter's membership row is locked so two simultaneous links cannot overdraw it.
 */
export async function createInvitation(params: {
  communityId: string;
  inviterId: string;
  maxUses: number;
  expiresInDays: number;
  now?: Date;
}): Promise<CreatedInvitation> {
  const now = params.now ?? new Date();
  const config = await loadEntryConfig(db, params.communityId);
  return inTransaction(async (tx) => {
    const [inviter] = await tx.$queryRaw<{ id: string; role: "OWNER" | "ADMIN" | "MEMBER"; status: string }[]>`
      SELECT id, role::text AS role, status::text AS status FROM memberships
       WHERE community_id = ${config.id}::uuid AND user_id = ${params.inviterId}::uuid FOR UPDATE`;
    if (!inviter || inviter.status !== "ACTIVE") throw new AppError("forbidden");
    const leads = await tx.nodeLeadership.count({ where: { membershipId: inviter.id, status: "ACTIVE" } });
    if (!mayInvite(config.inviterPolicy, inviter.role, leads > 0)) throw new AppError("forbidden");

    if (config.invitationQuota !== null) {
      const left = config.invitationQuota - (await committedInvitationUses(tx, config.id, params.inviterId, now));
      if (params.maxUses > left) throw new AppError("invitation_quota_exceeded", { values: { left: Math.max(0, left) } });
    }
    const invitation = await tx.invitation.create({
      data: {
        communityId: config.id,
        code: randomBytes(12).toString("base64url"),
        createdById: params.inviterId,
        maxUses: params.maxUses,
        expiresAt: new Date(now.getTime() + params.expiresInDays * DAY),
      },
      select: { id: true, code: true },
    });
    await tx.activityEvent.create({ data: { communityId: config.id, userId: params.inviterId, kind: "INVITED" } });
    return invitation;
  });
}
