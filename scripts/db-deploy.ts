import { describeDatabase, resolveDatabaseConfig } from "../lib/server/db-config";
import { deployMigrations } from "../prisma/tooling/migrations";

// `npm run db:deploy`: apply pending migrations to whichever database is configured.
const config = resolveDatabaseConfig();
const applied = await deployMigrations(config);
console.log(
  applied.length === 0
    ? `Database is up to date (${describeDatabase(config)}).`
    : `Applied ${applied.length} migration(s) to ${describeDatabase(config)}:\n  ${applied.join("\n  ")}`,
);
process.exit(0);
