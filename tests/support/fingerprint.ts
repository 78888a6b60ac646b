import { sharedPrismaClient } from "../../lib/server/prisma";

// A digest of every row of every table: equal before and after means nothing changed.
// Rate-limit counters are bookkeeping about attempts, not data, and are left out.
const IGNORED = new Set(["_prisma_migrations", "rate_limits"]);

export async function databaseFingerprint(): Promise<string> {
  const db = sharedPrismaClient();
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const parts = await Promise.all(
    tables
      .filter(({ tablename }) => !IGNORED.has(tablename))
      .map(async ({ tablename }) => {
        const [row] = await db.$queryRawUnsafe<{ digest: string | null; rows: bigint }[]>(
          `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*) AS rows FROM "${tablename}" t`,
        );
        return `${tablename}:${row?.rows}:${row?.digest}`;
      }),
  );
  return parts.join("\n");
}
