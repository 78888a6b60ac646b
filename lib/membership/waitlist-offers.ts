import { inTransaction } from "../server/transaction";
import { notify } from "../notifications/notify";
import { db } from "../server/db";
import { AppError } from "../server/errors";
import type { DbClient } from "../server/prisma";
import { admitMember } from "./admit-member";
import { fillFreeSeats } from "./fill-free-seats";

type Entry = {
  id: string;
  community_id: string;
  user_id: string;
  status: string;
  offer_expires_at: Date | null;
  entry_path: "OPEN" | "APPLICATION" | "INVITATION" | "FOUNDER";
  is_paid: boolean;
  invited_by_id: string | null;
  invitation_id: string | null;
  rule_set_version_id: string | null;
  application_id: string | null;
};

async function lockOpenEntry(tx: DbClient, communityId: string, userId: string): Promise<Entry | undefined> {
  const [entry] = await tx.$queryRaw<Entry[]>`
    SELECT id, community_id, user_id, status::text AS status, offer_expires_at, entry_path, is_paid, invited_by_id,
           invitation_id, rule_set_version_id, application_id
      FROM waitlist_entries
     WHERE community_id = ${communityId}::uuid AND user_id = ${userId}::uuid AND status IN ('WAITING', 'OFFERED')
       FOR UPDATE`;
  return entry;
}

/** Gives a held seat back: the offer lapsed or was declined. */
async function releaseOffer(tx: DbClient, entry: { id: string; community_id: string }, status: "EXPIRED" | "CANCELLED", now: Date): Promise<void> {
  await tx.waitlistEntry.update({ where: { id: entry.id }, data: { status, resolvedAt: now } });
  await tx.community.update({ where: { id: entry.community_id }, data: { seatsHeld: { decrement: 1 } } });
}

/** The person takes the seat held for them, within the offer's time. */
export async function acceptOffer(params: { communityId: string; userId: string; now?: Date }): Promise<void> {
  const now = params.now ?? new Date();
  const expired = await inTransaction(async (tx) => {
    const entry = await lockOpenEntry(tx, params.communityId, params.userId);
    if (!entry || entry.status !== "OFFERED") throw new AppError("not_found");
    if (entry.offer_expires_at && entry.offer_expires_at <= now) {
      await releaseOffer(tx, entry, "EXPIRED", now);
      await fillFreeSeats(tx, params.communityId, now);
      return true;
    }
    const admission = await admitMember(
      tx,
      {
        communityId: params.communityId,
        userId: params.userId,
        entryPath: entry.entry_path,
        isPaid: entry.is_paid,
        invitedById: entry.invited_by_id,
        invitationId: entry.invitation_id,
        ruleSetVersionId: entry.rule_set_version_id,
        applicationId: entry.application_id,
        mode: "offer",
        queueWhenFull: false,
      },
      { inTransaction: true },
    );
    if (admission.outcome !== "admitted") throw new AppError(admission.outcome === "banned" ? "banned" : "not_found");
    return false;
  });
  if (expired) throw new AppError("offer_expired");
}

/** The person leaves the waitlist (or declines an offer, which passes the seat on). */
export async function leaveWaitlist(params: { communityId: string; userId: string; now?: Date }): Promise<void> {
  const now = params.now ?? new Date();
  await inTransaction(async (tx) => {
    const entry = await lockOpenEntry(tx, params.communityId, params.userId);
    if (!entry) throw new AppError("not_found");
    if (entry.status === "OFFERED") {
      await releaseOffer(tx, entry, "CANCELLED", now);
      await fillFreeSeats(tx, params.communityId, now);
    } else {
      await tx.waitlistEntry.update({ where: { id: entry.id }, data: { status: "CANCELLED", resolvedAt: now } });
    }
  });
}

/**
 * Lapses unanswered offers and passes each seat to the next person. Idempotent and
 * safe to run from several servers at once (rows are locked, locked ones skipped).
 */
export async function expireOffers(now = new Date()): Promise<number> {
  const due = await db.waitlistEntry.findMany({
    where: { status: "OFFERED", offerExpiresAt: { lte: now } },
    select: { id: true },
    take: 500,
  });
  let expired = 0;
  for (const { id } of due) {
    await inTransaction(async (tx) => {
      const [entry] = await tx.$queryRaw<{ id: string; community_id: string; user_id: string }[]>`
        SELECT id, community_id, user_id FROM waitlist_entries
         WHERE id = ${id}::uuid AND status = 'OFFERED' AND offer_expires_at <= ${now} FOR UPDATE SKIP LOCKED`;
      if (!entry) return;
      await releaseOffer(tx, entry, "EXPIRED", now);
      const community = await tx.community.findUniqueOrThrow({ where: { id: entry.community_id }, select: { name: true, slug: true } });
      await notify(tx, entry.user_id, "waitlist_offer_expired", { communityName: community.name, communitySlug: community.slug });
      await fillFreeSeats(tx, entry.community_id, now);
      expired += 1;
    });
  }
  return expired;
}
