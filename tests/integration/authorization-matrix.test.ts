import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { allMutations } from "../../lib/mutations";
import { actionsOutsideTheMatrix, matrix } from "../authz";
import { uniqueToken } from "../factories/unique";
import { databaseFingerprint } from "../support/fingerprint";
import { runMutation } from "../support/run-mutation";
import { buildWorld, roles, type World } from "../support/world";

const root = path.resolve(import.meta.dirname, "../..");

async function actionFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "generated" ? [] : actionFiles(full);
      return entry.name === "actions.ts" ? [full] : [];
    }),
  );
  return nested.flat();
}

describe("authorization matrix: completeness", () => {
  it("has a row for every mutation, and no row for a mutation that does not exist", () => {
    const names = allMutations.map((mutation) => mutation.name).sort();
    expect(Object.keys(matrix).sort()).toEqual(names);
  });

  it("covers every exported server action", async () => {
    const registered = new Set<unknown>(allMutations);
    const problems: string[] = [];
    for (const file of await actionFiles(path.join(root, "lib"))) {
      const where = path.relative(root, file);
      const source = await readFile(file, "utf8");
      if (!source.trimStart().startsWith('"use server"')) problems.push(`${where} does not start with "use server"`);
      for (const [, name = "", body = ""] of source.matchAll(/export async function (\w+)\s*\(([\s\S]*?)^}/gm)) {
        const ran = [...body.matchAll(/runServerAction\((\w+)/g)].map((match) => match[1] ?? "");
        if (ran.length === 0 && !(name in actionsOutsideTheMatrix)) problems.push(`${where}: ${name} runs no mutation`);
        for (const variable of ran) {
          if (!registered.has(await importedBinding(file, source, variable))) problems.push(`${where}: ${name} runs ${variable}, which is not in lib/mutations.ts`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

/** The value an actions.ts file imports under `name` from one of its sibling modules. */
async function importedBinding(file: string, source: string, name: string): Promise<unknown> {
  for (const [, names = "", from = ""] of source.matchAll(/import\s*{([^}]*)}\s*from\s*"(\.[^"]+)"/g)) {
    const listed = names.split(",").map((part) => part.replace(/^type\s+/, "").trim());
    if (!listed.includes(name)) continue;
    const exports = (await import(path.resolve(path.dirname(file), from))) as Record<string, unknown>;
    return exports[name];
  }
  return undefined;
}

describe("authorization matrix: exactly the allowed callers succeed", () => {
  for (const mutation of allMutations) {
    const row = matrix[mutation.name];
    if (!row) continue;
    // A fresh world per mutation: cells of one mutation act as different people.
    describe(mutation.name, () => {
      let world: World;
      beforeAll(async () => {
        world = await buildWorld();
        await row.setup?.(world);
      });
      for (const role of roles) {
        const isAllowed = row.allowed.includes(role);
        const expectedRefusal = row.refusals?.[role];
        const outcome = isAllowed ? "allowed" : `refused${expectedRefusal ? ` (${expectedRefusal})` : ""}, nothing changes`;
        it(`as ${role} → ${outcome}`, async () => {
          const cell = uniqueToken();
          const input = await row.input(world, role, cell);
          const before = await databaseFingerprint();
          const { state, logged } = await runMutation(mutation, input, world.viewer(role), { clientIp: `matrix-${cell}` });
          expect(logged).toEqual([]);
          if (isAllowed) {
            expect(state).toMatchObject({ status: "success" });
            return;
          }
          expect(state.status).toBe("error");
          const code = state.status === "error" ? (state.formError?.code ?? Object.values(state.fieldErrors ?? {})[0]?.[0]?.code) : undefined;
          if (expectedRefusal) expect(code).toBe(expectedRefusal);
          else expect(["unauthenticated", "forbidden", "not_found"]).toContain(code);
          expect(await databaseFingerprint()).toBe(before);
        });
      }
    });
  }
});
