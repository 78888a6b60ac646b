import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Three projects: pure unit tests, and the integration suite run twice — against
// the machine's Postgres (a fresh database per worker, cloned from a migrated
// template) and against the embedded PGlite. No database is mocked.
const integrationInclude = ["lib/**/*.int.test.ts", "tests/integration/**/*.test.ts", "scratch/**/*.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests run server code directly.
      "server-only": path.join(root, "tests/setup/server-only.ts"),
    },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/unit/**/*.test.ts"], exclude: integrationInclude },
      },
      {
        extends: true,
        test: {
          name: "integration-postgres",
          include: integrationInclude,
          globalSetup: ["tests/setup/postgres-global.ts"],
          setupFiles: ["tests/setup/postgres-worker.ts", "tests/setup/reset-database.ts"],
          env: { CANOPY_TEST_DB: "postgres" },
        },
      },
      {
        extends: true,
        test: {
          name: "integration-pglite",
          include: integrationInclude,
          globalSetup: ["tests/setup/pglite-global.ts"],
          setupFiles: ["tests/setup/pglite-worker.ts", "tests/setup/reset-database.ts"],
          env: { CANOPY_TEST_DB: "pglite" },
        },
      },
    ],
  },
});
