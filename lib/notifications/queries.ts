import "server-only";
import { db } from "../server/db";
import type { NotificationKind, NotificationPayload } from "./notify";

export async function countUnreadNotifications(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export type NotificationItem = { id: string; kind: NotificationKind; payload: NotificationPayload; readAt: Date | null; createdAt: Date };

export async function listNotifications(userId: string): Promise<NotificationItem[]> {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, kind: true, payload: true, readAt: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, kind: row.kind as NotificationKind, payload: row.payload as NotificationPayload }));
}
