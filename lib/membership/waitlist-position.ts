import type { DbClient } from "../server/prisma";

/** 1-based place in the queue among people still waiting (first come, first served). */
export async function waitlistPosition(db: DbClient, entryId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ position: bigint }[]>`
    SELECT count(*) AS position FROM waitlist_entries w
     WHERE w.community_id = (SELECT community_id FROM waitlist_entries WHERE id = ${entryId}::uuid)
       AND w.status = 'WAITING'
       AND w.seq <= (SELECT seq FROM waitlist_entries WHERE id = ${entryId}::uuid)`;
  return Number(row?.position ?? 0);
}
