import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "../generated/prisma/client";
import { createAdapterFactory, openPglite } from "./adapter";
import { type DatabaseConfig, resolveDatabaseConfig } from "./db-config";

// Builds Canopy's Prisma client. Free of "server-only" so scripts (seed, benches)
// share it; app code imports `db` from ./db instead.

export function createPrismaClient(config: DatabaseConfig = resolveDatabaseConfig(), pglite?: PGlite): PrismaClient {
  return new PrismaClient({
    adapter: createAdapterFactory(config, pglite),
    // Expected errors (a taken slug) are handled by the caller; unexpected ones are logged by the action helper.
    log: process.env.LOG_QUERIES === "1" ? ["query", "warn", "error"] : ["warn"],
    // Secrets never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

type GlobalWithDb = typeof globalThis & { __canopyDb?: PrismaClient; __canopyPglite?: PGlite };

/**
 * One client per process (kept on globalThis so dev reloads reuse it). An embedded
 * database folder must only ever be opened once per process, so the PGlite
 * instance is kept beside the client.
 */
export function sharedPrismaClient(): PrismaClient {
  const holder = globalThis as GlobalWithDb;
  if (!holder.__canopyDb) {
    const config = resolveDatabaseConfig();
    if (config.kind === "pglite") holder.__canopyPglite = openPglite(config.dataDir);
    holder.__canopyDb = createPrismaClient(config, holder.__canopyPglite);
  }
  return holder.__canopyDb;
}

/** Closes the shared client (and the embedded database) so another process may open it. */
export async function closeSharedPrismaClient(): Promise<void> {
  const holder = globalThis as GlobalWithDb;
  await holder.__canopyDb?.$disconnect();
  await holder.__canopyPglite?.close();
  holder.__canopyDb = undefined;
  holder.__canopyPglite = undefined;
}

/** A Prisma client or the transaction client inside `$transaction`. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
