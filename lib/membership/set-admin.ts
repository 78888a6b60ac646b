import { recordAudit } from "../audit/record-audit";
import { AppError } from "../server/errors";
import { inTransaction } from "../server/transaction";

/** The owner appoints a member as admin, or returns an admin to member. */
export async function setAdmin(params: { communityId: string; actorId: string; membershipId: string; isAdmin: boolean }): Promise<void> {
  await inTransaction(async (tx) => {
    const [target] = await tx.$queryRaw<{ id: string; role: string; status: string }[]>`
      SELECT id, role::text AS role, status::text AS status FROM memberships
       WHERE id = ${params.membershipId}::uuid AND community_id = ${params.communityId}::uuid FOR UPDATE`;
    if (!target || target.status !== "ACTIVE") throw new AppError("not_found");
    // The owner's own role changes only by transferring ownership.
    if (target.role === "OWNER") throw new AppError("forbidden");
    const role = params.isAdmin ? "ADMIN" : "MEMBER";
    if (target.role === role) return;
    await tx.membership.update({ where: { id: target.id }, data: { role } });
    await recordAudit(tx, {
      communityId: params.communityId,
      actorId: params.actorId,
      action: params.isAdmin ? "role.admin_appointed" : "role.admin_removed",
      targetType: "membership",
      targetId: target.id,
      before: { role: target.role },
      after: { role },
    });
  });
}
