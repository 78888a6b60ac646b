import path from "node:path";
import { z } from "zod";

// Which database Canopy talks to. DATABASE_URL set → that Postgres server;
// unset → an embedded PGlite in CANOPY_DATA_DIR (default .data/), so a newcomer
// runs Canopy with no setup. Kept free of "server-only" so CLI scripts can use it.

export type DatabaseConfig =
  | { kind: "postgres"; url: string; poolSize: number; connectTimeoutMs: number }
  | { kind: "pglite"; dataDir: string };

const databaseEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
        .optional(),
    ),
  CANOPY_DATA_DIR: z.string().trim().min(1).default(".data"),
  // Deliberate pool size: overload queues briefly instead of opening ever more connections.
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(64).default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
});

export function resolveDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const parsed = databaseEnvSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid database configuration: ${detail}`);
  }
  const { DATABASE_URL, CANOPY_DATA_DIR, DB_POOL_SIZE, DB_CONNECT_TIMEOUT_MS } = parsed.data;
  if (DATABASE_URL) {
    return { kind: "postgres", url: DATABASE_URL, poolSize: DB_POOL_SIZE, connectTimeoutMs: DB_CONNECT_TIMEOUT_MS };
  }
  return { kind: "pglite", dataDir: pgliteDataDir(CANOPY_DATA_DIR) };
}

/** The PGlite folder inside Canopy's data folder; `memory://` keeps it in memory (tests). */
export function pgliteDataDir(canopyDataDir: string): string {
  if (canopyDataDir.startsWith("memory://")) return canopyDataDir;
  return path.resolve(canopyDataDir, "pglite");
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `embedded PGlite at ${config.dataDir}`;
  const url = new URL(config.url);
  return `Postgres at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
