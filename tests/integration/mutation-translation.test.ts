import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, executeMutation, type Mutation } from "../../lib/server/mutation";
import { problemTranslatorFor } from "../../lib/server/translate-problem";
import type { Problem } from "../../lib/shared/action-state";

// Problems are put into the requester's language, and the translator is only
// loaded when there is a problem to describe (a successful mutation never asks).

const greet: Mutation<{ name: string }, string> = {
  name: "test.greet",
  input: z.object({ name: z.string().min(3) }),
  permission: "account.sign-up",
  perform: async ({ input }) => {
    if (input.name === "nobody") throw new AppError("not_found");
    return `hello ${input.name}`;
  },
};

function runtime(translator: () => Promise<(problem: Problem) => string>) {
  const logged: string[] = [];
  let loads = 0;
  return {
    logged,
    loads: () => loads,
    options: {
      viewer: null,
      revalidate: () => undefined,
      log: (message: string) => logged.push(message),
      translator: async () => {
        loads += 1;
        return translator();
      },
    },
  };
}

describe("translating a mutation's problems", () => {
  it("does not load the translator when the mutation succeeds", async () => {
    const run = runtime(async () => problemTranslatorFor("en"));
    await expect(executeMutation(greet, { name: "Ada" }, run.options)).resolves.toEqual({ status: "success", data: "hello Ada" });
    expect(run.loads()).toBe(0);
  });

  it("describes field and form problems in the requester's language", async () => {
    const run = runtime(async () => problemTranslatorFor("en"));
    const invalid = await executeMutation(greet, { name: "A" }, run.options);
    expect(invalid).toMatchObject({ status: "error", fieldErrors: { name: [{ code: "too_short", message: "Use at least 3 characters." }] } });
    const missing = await executeMutation(greet, { name: "nobody" }, runtime(async () => problemTranslatorFor("zh-CN")).options);
    expect(missing).toMatchObject({ status: "error", formError: { code: "not_found", message: problemTranslatorFor("zh-CN")({ code: "not_found" }) } });
    expect(run.loads()).toBe(1);
  });

  it("keeps the codes and logs when the translator cannot be loaded", async () => {
    const run = runtime(async () => {
      throw new Error("no locale");
    });
    const state = await executeMutation(greet, { name: "nobody" }, run.options);
    expect(state).toMatchObject({ status: "error", formError: { code: "not_found" } });
    expect(state.status === "error" && state.formError?.message).toBeFalsy();
    expect(run.logged).toHaveLength(1);
  });
});
