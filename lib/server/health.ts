import "server-only";
import { db } from "./db";
import { describeDatabase, resolveDatabaseConfig } from "./db-config";

export async function checkDatabaseHealth(): Promise<{ ok: boolean; database: string }> {
  const config = resolveDatabaseConfig();
  const kind = config.kind === "postgres" ? "postgres" : "pglite";
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, database: kind };
  } catch (error) {
    console.error(`[health] ${describeDatabase(config)} is unreachable`, error);
    return { ok: false, database: kind };
  }
}
