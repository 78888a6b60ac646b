import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { pgliteDataDir, type DatabaseConfig } from "../../lib/server/db-config";
import {
  deployMigrations,
  diffMigrationsToSchema,
  migrationChecksum,
  migrationsDir,
  readMigrationList,
  readSchemaText,
} from "../../prisma/tooling/migrations";
import { databaseUrl, quoteIdent, withAdmin } from "../setup/postgres-admin";

const onPostgres = process.env.CANOPY_TEST_DB === "postgres";

/** A brand-new, empty database of this project's kind, dropped afterwards. */
async function withEmptyDatabase(work: (config: DatabaseConfig, query: (sql: string) => Promise<unknown[]>) => Promise<void>) {
  if (onPostgres) {
    const name = `canopy_t_mig_${process.pid}_${Date.now().toString(36)}`;
    await withAdmin((client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
    const client = new pg.Client({ connectionString: databaseUrl(name) });
    await client.connect();
    try {
      await work({ kind: "postgres", url: databaseUrl(name), poolSize: 2, connectTimeoutMs: 5000 }, async (sql) => (await client.query(sql)).rows);
    } finally {
      await client.end();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    }
    return;
  }
  const root = await mkdtemp(path.join(os.tmpdir(), "canopy-mig-"));
  const dataDir = pgliteDataDir(root);
  try {
    await work({ kind: "pglite", dataDir }, async (sql) => {
      const db = new PGlite(dataDir);
      try {
        return (await db.query(sql)).rows;
      } finally {
        await db.close();
      }
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe("migrations", () => {
  it("agree with schema.prisma (no drift)", async () => {
    expect(await diffMigrationsToSchema()).toBeNull();
  });

  it("detect drift when the schema changes without a migration", async () => {
    const schema = await readSchemaText();
    const changed = schema.replace("model Notification {", "model Notification {\n  drifted Boolean @default(false)");
    expect(await diffMigrationsToSchema(changed)).toMatch(/ALTER TABLE "notifications" ADD COLUMN\s+"drifted"/);
  });

  it("apply to an empty database, record themselves as Prisma Migrate does, and change nothing when run again", async () => {
    await withEmptyDatabase(async (config, query) => {
      const list = await readMigrationList();
      const names = list.migrationDirectories.map((directory) => directory.path);
      expect(await deployMigrations(config)).toEqual(names);
      expect(await deployMigrations(config)).toEqual([]);

      const rows = (await query(
        `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NULL AS live, applied_steps_count
           FROM _prisma_migrations ORDER BY migration_name`,
      )) as { migration_name: string; checksum: string; finished: boolean; live: boolean; applied_steps_count: number }[];
      const expected = await Promise.all(
        names.map(async (name) => ({
          migration_name: name,
          checksum: migrationChecksum(await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8")),
          finished: true,
          live: true,
          applied_steps_count: 1,
        })),
      );
      expect(rows).toEqual(expected);

      // Hand-written invariants travel with the migrations.
      const triggers = (await query(`SELECT tgname FROM pg_trigger WHERE tgname = 'communities_member_cap'`)) as unknown[];
      expect(triggers).toHaveLength(1);
    });
  });
});
