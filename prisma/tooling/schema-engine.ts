import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's schema engine compiled to WebAssembly. The native engine binary cannot be
// downloaded on these machines; this is the same engine, bound to a driver adapter.
// See docs/decisions/001-offline-migrations.md.

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let enginePromise: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  // The package's `exports` hide the .wasm file; it sits beside the bindings.
  const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bindings = (await import(
    pathToFileURL(path.join(packageDir, "schema_engine_bg.js")).href
  )) as EngineModule & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
  const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  return bindings;
}

export type EngineLog = (line: string) => void;

const quietLog: EngineLog = (line) => {
  // The engine reports INFO/DEBUG chatter through this callback; keep warnings and errors.
  if (/"level":"(WARN|ERROR)"/.test(line)) console.warn(line);
};

export async function startSchemaEngine(options: {
  schemaPath: string;
  schemaText: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  log?: EngineLog;
}): Promise<SchemaEngine> {
  enginePromise ??= loadEngineModule();
  const engineModule = await enginePromise;
  return engineModule.SchemaEngine.new(
    { datamodels: [[options.schemaPath, options.schemaText]] },
    options.log ?? quietLog,
    bindMigrationAwareSqlAdapterFactory(options.adapterFactory),
  );
}

export const NO_SCHEMA_FILTER = { externalTables: [], externalEnums: [] };
