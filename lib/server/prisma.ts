import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "../generated/prisma/client";
import { createAdapterFactory } from "./adapter";
import { type DatabaseConfig, resolveDatabaseConfig } from "./db-config";

// Builds Canopy's Prisma client. Free of "server-only" so scripts (seed, benches)
// share it; app code imports `db` from ./db instead.

export type Db = PrismaClient;

export function createPrismaClient(config: DatabaseConfig = resolveDatabaseConfig(), pglite?: PGlite): PrismaClient {
  return new PrismaClient({
    adapter: createAdapterFactory(config, pglite),
    log: process.env.LOG_QUERIES === "1" ? ["query", "warn", "error"] : ["warn", "error"],
    // Secrets never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

type GlobalWithDb = typeof globalThis & { __canopyDb?: PrismaClient };

/** One client per process (kept on globalThis so dev reloads and PGlite reuse it). */
export function sharedPrismaClient(): PrismaClient {
  const holder = globalThis as GlobalWithDb;
  holder.__canopyDb ??= createPrismaClient();
  return holder.__canopyDb;
}

/** A Prisma client or the transaction client inside `$transaction`. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
