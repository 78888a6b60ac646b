import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run a production build (through `npm start`'s own steps) against
// a fresh Postgres database, in Debian's Chromium. The tests may write to the same
// database (fixtures create users and sign them in without the UI).

const port = Number(process.env.E2E_PORT ?? 3100);
export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/canopy_e2e";
export const e2eAuthSecret = "e2e-only-secret-not-for-production-use-0123456789";
process.env.DATABASE_URL = e2eDatabaseUrl;
process.env.AUTH_SECRET = e2eAuthSecret;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  // A retried pass is a bug; at most two retries keep a rare infrastructure hiccup from hiding everything else.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The test process runs with --conditions=react-server (so it can call server
    // code to set up data); the app itself must not.
    env: { PORT: String(port), DATABASE_URL: e2eDatabaseUrl, AUTH_SECRET: e2eAuthSecret, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: "" },
  },
});
