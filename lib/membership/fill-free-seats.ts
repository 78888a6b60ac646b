import type { DbClient } from "../server/prisma";
import { notify } from "../notifications/notify";
import { admitMember } from "./admit-member";

const HOUR = 60 * 60 * 1000;

type CommunitySeats = {
  member_cap: number | null;
  member_count: number;
  seats_held: number;
  entry_mode: string;
  waitlist_offer_hours: number;
  name: string;
  slug: string;
};

/**
 * When a seat frees (someone leaves or is removed, the cap is raised, an offer
 * lapses), the next people on the waitlist get it in order: at once in an open
 * community (they already pressed "join"), otherwise as an offer that holds the
 * seat for a limited time. Call inside the transaction that freed the seat.
 */
export async function fillFreeSeats(tx: DbClient, communityId: string, now = new Date()): Promise<void> {
  // Lock the community row: seat accounting is serialised per community. NO KEY
  // UPDATE, like the counter updates, so rows that merely reference the community
  // (audit entries, activity events) never block it and cannot deadlock with it.
  const [community] = await tx.$queryRaw<CommunitySeats[]>`
    SELECT member_cap, member_count, seats_held, entry_mode::text AS entry_mode, waitlist_offer_hours, name, slug
      FROM communities WHERE id = ${communityId}::uuid FOR NO KEY UPDATE`;
  if (!community) return;
  let free = community.member_cap === null ? Number.POSITIVE_INFINITY : community.member_cap - community.member_count - community.seats_held;
  const payload = { communityName: community.name, communitySlug: community.slug };

  while (free > 0) {
    const [next] = await tx.$queryRaw<
      { id: string; user_id: string; entry_path: "OPEN" | "APPLICATION" | "INVITATION" | "FOUNDER"; is_paid: boolean; invited_by_id: string | null; invitation_id: string | null; rule_set_version_id: string | null; application_id: string | null }[]
    >`SELECT id, user_id, entry_path, is_paid, invited_by_id, invitation_id, rule_set_version_id, application_id
        FROM waitlist_entries WHERE community_id = ${communityId}::uuid AND status = 'WAITING'
       ORDER BY seq LIMIT 1 FOR UPDATE`;
    if (!next) return;
    if (community.entry_mode === "OPEN") {
      const result = await admitMember(
        tx,
        {
          communityId,
          userId: next.user_id,
          entryPath: next.entry_path,
          isPaid: next.is_paid,
          invitedById: next.invited_by_id,
          invitationId: next.invitation_id,
          ruleSetVersionId: next.rule_set_version_id,
          applicationId: next.application_id,
          mode: "promotion",
          queueWhenFull: false,
        },
        { inTransaction: true },
      );
      if (result.outcome === "admitted") {
        await notify(tx, next.user_id, "waitlist_promoted", payload);
      } else {
        // Banned or already a member since they queued: their place is no longer needed.
        await tx.waitlistEntry.update({ where: { id: next.id }, data: { status: "CANCELLED", resolvedAt: now } });
        if (result.outcome === "full") return;
        continue;
      }
    } else {
      const offerExpiresAt = new Date(now.getTime() + community.waitlist_offer_hours * HOUR);
      await tx.waitlistEntry.update({ where: { id: next.id }, data: { status: "OFFERED", offeredAt: now, offerExpiresAt } });
      await tx.community.update({ where: { id: communityId }, data: { seatsHeld: { increment: 1 } } });
      await notify(tx, next.user_id, "waitlist_offer", { ...payload, until: offerExpiresAt.toISOString() });
    }
    free -= 1;
  }
}
