import { inTransaction } from "../server/transaction";
import type { MemberRole } from "../generated/prisma/enums";
import { recordAudit } from "../audit/record-audit";
import { notify } from "../notifications/notify";
import { roleRank } from "../server/authz";
import { AppError } from "../server/errors";
import { fillFreeSeats } from "./fill-free-seats";

/**
 * An owner or admin removes a member (optionally banning them, so they cannot
 * apply again). Nobody acts on their own role or a higher one: admins remove
 * members, the owner removes admins and members, and nobody removes the owner.
 */
export async function removeMember(params: {
  communityId: string;
  actorId: string;
  actorRole: MemberRole;
  membershipId: string;
  reason: string;
  ban: boolean;
}): Promise<void> {
  await inTransaction(async (tx) => {
    const [target] = await tx.$queryRaw<{ id: string; user_id: string; role: MemberRole; status: string; node_id: string | null }[]>`
      SELECT id, user_id, role::text AS role, status::text AS status, node_id FROM memberships
       WHERE id = ${params.membershipId}::uuid AND community_id = ${params.communityId}::uuid FOR UPDATE`;
    if (!target || target.status !== "ACTIVE") throw new AppError("not_found");
    if (roleRank[target.role] >= roleRank[params.actorRole]) throw new AppError("forbidden");
    const now = new Date();
    await tx.membership.update({
      where: { id: target.id },
      data: { status: params.ban ? "BANNED" : "REMOVED", leftAt: now, leftReason: params.reason },
    });
    await tx.community.update({ where: { id: params.communityId }, data: { memberCount: { decrement: 1 } } });
    await tx.activityEvent.create({
      data: { communityId: params.communityId, userId: target.user_id, kind: params.ban ? "BANNED" : "REMOVED", nodeId: target.node_id },
    });
    if (params.ban) {
      await tx.ban.upsert({
        where: { communityId_userId: { communityId: params.communityId, userId: target.user_id } },
        create: { communityId: params.communityId, userId: target.user_id, reason: params.reason, bannedById: params.actorId },
        update: { reason: params.reason },
      });
    }
    await recordAudit(tx, {
      communityId: params.communityId,
      actorId: params.actorId,
      action: params.ban ? "member.banned" : "member.removed",
      targetType: "membership",
      targetId: target.id,
      before: { status: "ACTIVE", role: target.role },
      after: { status: params.ban ? "BANNED" : "REMOVED", reason: params.reason },
    });
    const community = await tx.community.findUniqueOrThrow({ where: { id: params.communityId }, select: { name: true, slug: true } });
    await notify(tx, target.user_id, "removed", { communityName: community.name, communitySlug: community.slug, reason: params.reason });
    await fillFreeSeats(tx, params.communityId, now);
  });
}
