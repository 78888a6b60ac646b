import { db } from "../server/db";

/** Signs the user out everywhere: every issued session carries the old version. */
export async function revokeAllSessions(params: { userId: string }): Promise<void> {
  await db.user.update({ where: { id: params.userId }, data: { sessionVersion: { increment: 1 } } });
}
