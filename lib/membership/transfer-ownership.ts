import { recordAudit } from "../audit/record-audit";
import { AppError } from "../server/errors";
import { inTransaction } from "../server/transaction";

/**
 * The owner hands the community to another active member and becomes an admin.
 * One transaction, old owner demoted first: the "one owner" index never sees two.
 */
export async function transferOwnership(params: { communityId: string; ownerId: string; newOwnerMembershipId: string }): Promise<void> {
  await inTransaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; user_id: string; role: string; status: string }[]>`
      SELECT id, user_id, role::text AS role, status::text AS status FROM memberships
       WHERE community_id = ${params.communityId}::uuid AND (user_id = ${params.ownerId}::uuid OR id = ${params.newOwnerMembershipId}::uuid)
       ORDER BY id FOR UPDATE`;
    const owner = rows.find((row) => row.user_id === params.ownerId);
    const heir = rows.find((row) => row.id === params.newOwnerMembershipId);
    if (!owner || owner.role !== "OWNER") throw new AppError("forbidden");
    if (!heir || heir.status !== "ACTIVE" || heir.id === owner.id) throw new AppError("not_found");
    await tx.membership.update({ where: { id: owner.id }, data: { role: "ADMIN" } });
    await tx.membership.update({ where: { id: heir.id }, data: { role: "OWNER" } });
    await recordAudit(tx, {
      communityId: params.communityId,
      actorId: params.ownerId,
      action: "role.ownership_transferred",
      targetType: "membership",
      targetId: heir.id,
      before: { owner: owner.user_id },
      after: { owner: heir.user_id },
    });
  });
}
