import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// `npm start`: everything a newcomer needs, in order — generate the Prisma client,
// make a local session secret, apply migrations, seed the demo into an empty
// database, build (when the sources changed) and serve on http://localhost:3000.
// With DATABASE_URL set, the same steps run against that Postgres server.

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function step(message: string): void {
  console.log(`\n▸ ${message}`);
}

const BUILD_INPUTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "instrumentation.ts", "proxy.ts"];

function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    if (!existsSync(full) || relative.includes("generated")) return;
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) visit(path.join(relative, entry));
    } else {
      hash.update(relative).update(readFileSync(full));
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

step("Generating the Prisma client");
run("npm", ["run", "--silent", "prisma:generate"]);

const { resolveDatabaseConfig, describeDatabase } = await import("../lib/server/db-config");
const { ensureLocalAuthSecret, localSecretPath } = await import("../lib/server/auth-secret");
const config = resolveDatabaseConfig();
const dataDir = process.env.CANOPY_DATA_DIR?.trim() || ".data";
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
if (!env.AUTH_SECRET) {
  env.AUTH_SECRET = ensureLocalAuthSecret(dataDir);
  console.log(`  Using the local session secret in ${path.relative(root, localSecretPath(dataDir))} (set AUTH_SECRET in production).`);
}

step(`Applying migrations to ${describeDatabase(config)}`);
const { deployMigrations } = await import("../prisma/tooling/migrations");
const applied = await deployMigrations(config);
console.log(applied.length ? `  Applied: ${applied.join(", ")}` : "  Already up to date.");

step("Seeding the demo if the database is empty");
const { sharedPrismaClient, closeSharedPrismaClient } = await import("../lib/server/prisma");
const { seedDemo } = await import("../prisma/seed/seed-demo");
const { DEMO_PASSWORD, demoPeople } = await import("../prisma/seed/demo-content");
const db = sharedPrismaClient();
if ((await db.user.count()) === 0) {
  const summary = await seedDemo(db);
  console.log(`  Seeded ${summary.users} users, ${summary.communities} communities, ${summary.events} activity events.`);
} else {
  console.log("  The database already has data; leaving it as it is.");
}
await closeSharedPrismaClient();

const fingerprint = sourceFingerprint();
const fingerprintFile = path.join(root, ".next", "canopy-sources.sha256");
const isBuilt = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8") === fingerprint;
if (isBuilt && process.env.CANOPY_REBUILD !== "1") {
  step("The production build is current; skipping `next build`");
} else {
  step("Building for production (next build)");
  run(nextBin, ["build"], env);
  writeFileSync(fingerprintFile, fingerprint);
}

const port = process.env.PORT ?? "3000";
step(`Serving Canopy on http://localhost:${port}`);
console.log(`  Demo account: ${demoPeople.owner.email} / ${DEMO_PASSWORD}\n`);
const server = spawn(nextBin, ["start", "--port", port, ...(process.env.CANOPY_HOST ? ["--hostname", process.env.CANOPY_HOST] : [])], {
  cwd: root,
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
