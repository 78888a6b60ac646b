import { describeDatabase, resolveDatabaseConfig } from "../lib/server/db-config";
import { closeSharedPrismaClient, sharedPrismaClient } from "../lib/server/prisma";
import { DEMO_PASSWORD, demoPeople } from "./seed/demo-content";
import { seedDemo } from "./seed/seed-demo";

// `npm run db:seed`: the demo data, once. Safe to run again.
const config = resolveDatabaseConfig();
const db = sharedPrismaClient();
try {
  const summary = await seedDemo(db);
  if (!summary.created) {
    console.log(`Demo data already present in ${describeDatabase(config)}; nothing to do.`);
  } else {
    console.log(
      `Seeded ${describeDatabase(config)}: ${summary.users} users, ${summary.communities} communities, ${summary.events} activity events.\n` +
        `Sign in as ${demoPeople.owner.email} / ${DEMO_PASSWORD} (also ${demoPeople.admin.email}, ${demoPeople.member.email}).`,
    );
  }
} finally {
  await closeSharedPrismaClient();
}
process.exit(0);
