import { inject } from "vitest";
import { databaseUrl, quoteIdent, withAdmin } from "./postgres-admin";

// Each worker gets its own database cloned from the migrated template, created
// before any application module reads DATABASE_URL.
const workerDb = `${inject("pgRunPrefix")}_w${process.env.VITEST_POOL_ID ?? "0"}`;
const url = databaseUrl(workerDb);

if (process.env.DATABASE_URL !== url) {
  await withAdmin(async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [workerDb]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdent(workerDb)} TEMPLATE ${quoteIdent(inject("pgTemplate"))}`);
  });
  process.env.DATABASE_URL = url;
}
