import { inTransaction } from "../server/transaction";
import { AppError } from "../server/errors";
import { fillFreeSeats } from "./fill-free-seats";

/** A member leaves; their seat goes to the next person on the waitlist. */
export async function leaveCommunity(params: { communityId: string; userId: string; reason?: string }): Promise<void> {
  await inTransaction(async (tx) => {
    const [membership] = await tx.$queryRaw<{ id: string; role: string; status: string; node_id: string | null }[]>`
      SELECT id, role::text AS role, status::text AS status, node_id FROM memberships
       WHERE community_id = ${params.communityId}::uuid AND user_id = ${params.userId}::uuid FOR UPDATE`;
    if (!membership || membership.status !== "ACTIVE") throw new AppError("not_found");
    if (membership.role === "OWNER") throw new AppError("owner_cannot_leave");
    await tx.membership.update({
      where: { id: membership.id },
      data: { status: "LEFT", leftAt: new Date(), leftReason: params.reason ?? null },
    });
    await tx.community.update({ where: { id: params.communityId }, data: { memberCount: { decrement: 1 } } });
    await tx.activityEvent.create({ data: { communityId: params.communityId, userId: params.userId, kind: "LEFT", nodeId: membership.node_id } });
    await fillFreeSeats(tx, params.communityId);
  });
}
