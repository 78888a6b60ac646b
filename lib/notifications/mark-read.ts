import { db } from "../server/db";

/** Marks the user's notifications read: one, or all of them. */
export async function markNotificationsRead(params: { userId: string; notificationId?: string }): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: params.userId, readAt: null, ...(params.notificationId ? { id: params.notificationId } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}
