import { defineConfig } from "prisma/config";

// Canopy applies migrations itself (scripts/db), so the CLI only needs the schema
// path for `prisma generate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
