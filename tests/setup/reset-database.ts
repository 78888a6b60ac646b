import { beforeAll } from "vitest";
import { sharedPrismaClient } from "../../lib/server/prisma";

// Every test file starts from empty tables (the schema stays).
beforeAll(async () => {
  const db = sharedPrismaClient();
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map(({ tablename }) => `"${tablename}"`).join(", ");
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
});
