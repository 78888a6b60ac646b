import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { type AdapterFactory, createAdapterFactory, openPglite } from "../../lib/server/adapter";
import type { DatabaseConfig } from "../../lib/server/db-config";
import { NO_SCHEMA_FILTER, startSchemaEngine } from "./schema-engine";

// Prisma Migrate's formats, applied by Prisma's own (WebAssembly) schema engine:
// prisma/migrations/<timestamp>_<name>/migration.sql, migration_lock.toml and the
// _prisma_migrations table, so a machine with the native CLI agrees with us.

const prismaDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const schemaPath = path.join(prismaDir, "schema.prisma");
export const migrationsDir = path.join(prismaDir, "migrations");
const LOCKFILE = "migration_lock.toml";

export async function readSchemaText(): Promise<string> {
  return readFile(schemaPath, "utf8");
}

export async function readMigrationList(dir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const content = await readFile(path.join(dir, name, "migration.sql"), "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockContent = await readFile(path.join(dir, LOCKFILE), "utf8").catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Prisma's checksum of a migration: the SHA-256 of migration.sql, hex. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

type ScriptRunner = {
  executeScript(script: string): Promise<void>;
  underlyingDriver?(): { query(sql: string): Promise<unknown> };
  onError?(error: unknown): never;
};

/**
 * @prisma/adapter-pg runs a migration script by splitting it on ";", which breaks
 * PL/pgSQL bodies and comments that contain one. Send the script whole instead:
 * Postgres runs a multi-statement simple query as one implicit transaction, so a
 * migration applies completely or not at all.
 */
function withWholeScriptExecution(factory: AdapterFactory): AdapterFactory {
  if (!(factory instanceof PrismaPg)) return factory;
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const runner = adapter as unknown as ScriptRunner;
    const driver = runner.underlyingDriver?.();
    if (driver) {
      runner.executeScript = async (script) => {
        try {
          await driver.query(script);
        } catch (error) {
          runner.onError?.(error);
          throw error;
        }
      };
    }
    return adapter;
  };
  return factory;
}

/**
 * Applies pending migrations to the configured database, records them in
 * _prisma_migrations, and returns the names applied (none on a second run).
 */
export async function deployMigrations(config: DatabaseConfig): Promise<string[]> {
  const pglite = config.kind === "pglite" ? openPglite(config.dataDir) : undefined;
  // Our own pool, so the connections close when we are done (the engine keeps them).
  const pool = config.kind === "postgres" ? new pg.Pool({ connectionString: config.url, max: 2 }) : undefined;
  const adapterFactory = withWholeScriptExecution(pool ? new PrismaPg(pool) : createAdapterFactory(config, pglite));
  const engine = await startSchemaEngine({
    schemaPath,
    schemaText: await readSchemaText(),
    adapterFactory,
  });
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: NO_SCHEMA_FILTER,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
    await pglite?.close();
    await pool?.end();
  }
}

/**
 * The SQL that would take a database built from the committed migrations to the
 * current schema.prisma, or null when they agree. The migrations are replayed into
 * a throwaway in-memory PGlite, which stands in for Prisma's shadow database.
 */
export async function diffMigrationsToSchema(schemaText?: string): Promise<string | null> {
  const text = schemaText ?? (await readSchemaText());
  const pglite = openPglite("memory://");
  const engine = await startSchemaEngine({
    schemaPath,
    schemaText: text,
    adapterFactory: createAdapterFactory({ kind: "pglite", dataDir: "memory://" }, pglite),
  });
  try {
    await engine.applyMigrations({ migrationsList: await readMigrationList(), filters: NO_SCHEMA_FILTER });
    const files = [{ path: schemaPath, content: text }];
    const { stdout } = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: prismaDir },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: NO_SCHEMA_FILTER,
    });
    const script = (stdout ?? "").trim();
    return script === "" || script === "-- This is an empty migration." ? null : `${script}\n`;
  } finally {
    engine.free();
    await pglite.close();
  }
}
