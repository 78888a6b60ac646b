import { spawnSync } from "node:child_process";
import net from "node:net";

// `npm test`: every check, in the order that fails fastest. Each step's output
// streams through; the first failure stops the run with its exit code.

const steps: [string, string[]][] = [
  ["Generate the Prisma client", ["npm", "run", "--silent", "prisma:generate"]],
  ["Typecheck", ["npm", "run", "--silent", "typecheck"]],
  ["Lint", ["npm", "run", "--silent", "lint"]],
  ["Unit tests", ["npx", "vitest", "run", "--project", "unit"]],
  ["Integration tests (Postgres and PGlite)", ["npx", "vitest", "run", "--project", "integration-postgres", "--project", "integration-pglite"]],
  ["End-to-end tests (production build, Chromium)", ["npm", "run", "--silent", "test:e2e"]],
];

async function postgresIsUp(host = "127.0.0.1", port = 5432): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
    socket.on("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

if (!(await postgresIsUp())) {
  console.error(
    "✗ Postgres is not reachable on 127.0.0.1:5432; the integration and end-to-end tests need it.\n" +
      "  Start it (Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set TEST_POSTGRES_URL.",
  );
  process.exit(1);
}

const started = Date.now();
for (const [title, [command = "", ...args]] of steps) {
  console.log(`\n━━ ${title} ━━`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
