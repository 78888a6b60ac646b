import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./db-config";

// Builds the Prisma driver adapter for a database configuration. The same factory
// serves the app, the migration runner and the tests, so all use one code path.

export type AdapterFactory = PrismaPg | PrismaPGlite;

export function openPglite(dataDir: string): PGlite {
  // PGlite does not create missing parent folders of its data directory.
  if (!dataDir.startsWith("memory://")) mkdirSync(path.dirname(dataDir), { recursive: true });
  return new PGlite(dataDir);
}

export function createAdapterFactory(config: DatabaseConfig, pglite?: PGlite): AdapterFactory {
  if (config.kind === "postgres") {
    return new PrismaPg({
      connectionString: config.url,
      max: config.poolSize,
      // Without a timeout a saturated pool makes requests wait forever.
      connectionTimeoutMillis: config.connectTimeoutMs,
      idleTimeoutMillis: 30_000,
    });
  }
  return new PrismaPGlite(pglite ?? openPglite(config.dataDir));
}
