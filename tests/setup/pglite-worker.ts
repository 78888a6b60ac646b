import { existsSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { pgliteDataDir } from "../../lib/server/db-config";
import { deployMigrations } from "../../prisma/tooling/migrations";

// Each worker gets its own embedded database folder, migrated the same way
// `npm run db:deploy` migrates a newcomer's .data/ folder.
const dataDir = path.join(inject("pgliteRoot"), `w${process.env.VITEST_POOL_ID ?? "0"}`);

if (process.env.CANOPY_DATA_DIR !== dataDir) {
  delete process.env.DATABASE_URL;
  if (!existsSync(pgliteDataDir(dataDir))) await deployMigrations({ kind: "pglite", dataDir: pgliteDataDir(dataDir) });
  process.env.CANOPY_DATA_DIR = dataDir;
}
