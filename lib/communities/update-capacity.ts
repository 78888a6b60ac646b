import type { Prisma } from "../generated/prisma/client";
import { changedFields } from "../audit/changes";
import { recordAudit } from "../audit/record-audit";
import { fillFreeSeats } from "../membership/fill-free-seats";
import { AppError } from "../server/errors";
import { inTransaction } from "../server/transaction";

export type Capacity = { memberCap: number | null; waitlistEnabled: boolean; waitlistOfferHours: number };

/**
 * The member cap (限定人数) and the waitlist. Lowering the cap below the member
 * count removes nobody (the database only refuses increases past the cap); raising
 * it gives the new seats to the waitlist at once, in the same transaction.
 */
export async function updateCapacity(params: { communityId: string; actorId: string; capacity: Capacity }): Promise<void> {
  await inTransaction(async (tx) => {
    const [before] = await tx.$queryRaw<Capacity[]>`
      SELECT member_cap AS "memberCap", waitlist_enabled AS "waitlistEnabled", waitlist_offer_hours AS "waitlistOfferHours"
        FROM communities WHERE id = ${params.communityId}::uuid FOR NO KEY UPDATE`;
    if (!before) throw new AppError("not_found");
    const change = changedFields(before, params.capacity);
    if (!change) return;
    await tx.community.update({ where: { id: params.communityId }, data: params.capacity });
    if (!params.capacity.waitlistEnabled && before.waitlistEnabled) {
      // Turning the waitlist off lets the people still waiting go (offers already made stand).
      await tx.waitlistEntry.updateMany({ where: { communityId: params.communityId, status: "WAITING" }, data: { status: "CANCELLED", resolvedAt: new Date() } });
    }
    await recordAudit(tx, {
      communityId: params.communityId,
      actorId: params.actorId,
      action: "community.capacity_updated",
      targetType: "community",
      targetId: params.communityId,
      before: change.before as Prisma.InputJsonObject,
      after: change.after as Prisma.InputJsonObject,
    });
    await fillFreeSeats(tx, params.communityId);
  });
}
