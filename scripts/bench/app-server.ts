import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { recreateDatabase } from "../lib/databases";
import { BENCH_AUTH_SECRET } from "./session-cookie";

// Starts Canopy exactly as `npm start` does (migrate, seed the demo, build if the
// sources changed, next start) on a throwaway database, for benchmarks.

const root = path.resolve(import.meta.dirname, "../..");

export type AppServer = { baseUrl: string; database: "pglite" | "postgres"; stop(): Promise<void> };


export async function startAppServer(
  database: "pglite" | "postgres",
  port: number,
  extraEnv: Record<string, string> = {},
  // bench:dashboard serves data:synth's database as it is instead of a fresh demo.
  options: { keepDatabase?: boolean } = {},
): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), AUTH_SECRET: BENCH_AUTH_SECRET, ...extraEnv };
  let dataDir: string | undefined;
  if (database === "postgres") {
    env.DATABASE_URL = env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/canopy_bench";
    if (!options.keepDatabase) await recreateDatabase(env.DATABASE_URL);
  } else {
    delete env.DATABASE_URL;
    dataDir = mkdtempSync(path.join(os.tmpdir(), "canopy-bench-"));
    env.CANOPY_DATA_DIR = dataDir;
  }
  const child: ChildProcess = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/start.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  child.stdout?.on("data", () => undefined);
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the ${database} server exited early (${child.exitCode})`);
    const healthy = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) throw new Error("the server did not become healthy in time");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    baseUrl,
    database,
    async stop() {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
