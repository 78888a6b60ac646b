import type { Prisma } from "../generated/prisma/client";
import type { DbClient } from "../server/prisma";

// In-app notifications. Written in the transaction of the change they report; the
// payload holds what the message needs, and the kind picks the message
// (notifications.kinds.* in the catalogs), so it is shown in the reader's language.

export const notificationKinds = [
  "application_approved",
  "application_rejected",
  "application_awaiting_payment",
  "payment_confirmed",
  "joined",
  "waitlisted",
  "waitlist_offer",
  "waitlist_promoted",
  "waitlist_offer_expired",
  "removed",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export type NotificationPayload = { communityName: string; communitySlug: string; reason?: string; until?: string };

export async function notify(tx: DbClient, userId: string, kind: NotificationKind, payload: NotificationPayload): Promise<void> {
  await tx.notification.create({ data: { userId, kind, payload: payload as Prisma.InputJsonObject } });
}
