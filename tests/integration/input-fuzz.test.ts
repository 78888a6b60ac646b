import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { toPlainInput } from "../../lib/server/form-input";
import { allMutations } from "../../lib/mutations";
import { matrix } from "../authz";
import { uniqueToken } from "../factories/unique";
import { badInputFor, leakPattern } from "../support/bad-input";
import { databaseFingerprint } from "../support/fingerprint";
import { runMutation } from "../support/run-mutation";
import { buildWorld, type World } from "../support/world";

// 1,000 generated bad inputs per action per run, sent by the most privileged caller
// the action allows: no uncaught error, no stack trace or internals in the answer,
// a clear error state every time, and not one row changed.
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

describe("malformed-input fuzzer", () => {
  for (const mutation of allMutations) {
    const row = matrix[mutation.name];
    if (!row) continue;
    describe(mutation.name, () => {
      let world: World;
      beforeAll(async () => {
        world = await buildWorld();
        await row.setup?.(world);
      });
      const caller = (["owner", "admin", "member", "nonMember", "anonymous"] as const).find((role) => row.allowed.includes(role)) ?? "owner";

      it(`${mutation.name}: ${RUNS} bad inputs are refused with a clear message and change nothing`, async () => {
        const valid = (await row.input(world, caller, uniqueToken())) as Record<string, unknown>;
        const bad = badInputFor(valid).filter((input) => {
          // Only inputs the schema rejects: the property is about bad input.
          try {
            return !mutation.input.safeParse(toPlainInput(input)).success;
          } catch {
            return true;
          }
        });
        const before = await databaseFingerprint();
        await fc.assert(
          fc.asyncProperty(bad, async (input) => {
            const { state, logged } = await runMutation(mutation, input, world.viewer(caller), { clientIp: "fuzz" });
            expect(state.status).toBe("error");
            expect(logged).toEqual([]);
            const answer = JSON.stringify(state);
            expect(answer.length).toBeLessThan(100_000);
            expect(answer.replace(/"fields":\{.*?\}(,|})/s, "")).not.toMatch(leakPattern);
            if (state.status === "error") expect(state.formError ?? Object.keys(state.fieldErrors ?? {})[0]).toBeDefined();
          }),
          { numRuns: RUNS },
        );
        expect(await databaseFingerprint()).toBe(before);
      });

      if (row.unknownResource) {
        const unknownResource = row.unknownResource;
        it(`${mutation.name}: a well-formed input naming a resource that does not exist is not found and changes nothing`, async () => {
          const before = await databaseFingerprint();
          const { state } = await runMutation(mutation, unknownResource(world), world.viewer(caller));
          expect(state).toMatchObject({ status: "error", formError: { code: "not_found" } });
          expect(await databaseFingerprint()).toBe(before);
        });
      }
    });
  }
});
