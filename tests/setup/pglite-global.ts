import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteRoot: string;
  }
}

export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(os.tmpdir(), "canopy-pglite-"));
  project.provide("pgliteRoot", root);
  return async () => {
    await rm(root, { recursive: true, force: true });
  };
}
