import type { TestProject } from "vitest/node";
import { deployMigrations } from "../../prisma/tooling/migrations";
import { databaseUrl, quoteIdent, withAdmin } from "./postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    pgRunPrefix: string;
    pgTemplate: string;
  }
}

// Migrate a template database once; every worker clones it (CREATE DATABASE … TEMPLATE).
export default async function setup(project: TestProject) {
  const prefix = `canopy_t_${Date.now().toString(36)}_${process.pid}`;
  const template = `${prefix}_tpl`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${quoteIdent(template)}`));
  await deployMigrations({ kind: "postgres", url: databaseUrl(template), poolSize: 2, connectTimeoutMs: 10_000 });
  project.provide("pgRunPrefix", prefix);
  project.provide("pgTemplate", template);

  return async () => {
    await withAdmin(async (client) => {
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`]);
      for (const { datname } of rows) {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
      }
    });
  };
}
