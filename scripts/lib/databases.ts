import pg from "pg";
import { deployMigrations } from "../../prisma/tooling/migrations";

// Throwaway Postgres databases for benchmarks and the end-to-end server.

export const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops and creates the database a connection string names (refusing odd names). */
export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to recreate database "${name}"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** A fresh database with every migration applied. */
export async function freshDatabase(name: string): Promise<string> {
  const url = databaseUrl(name);
  await recreateDatabase(url);
  await deployMigrations({ kind: "postgres", url, poolSize: 2, connectTimeoutMs: 10_000 });
  return url;
}
