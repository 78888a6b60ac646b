import type { z } from "zod";
import type { MemberRole } from "../generated/prisma/enums";
import type { ActionState, Problem } from "../shared/action-state";
import { type Actor, type Permission, permissions, requirePermission } from "./authz";
import { findActiveRole } from "./community-role";
import { isRetryableTransactionError } from "./db-errors";
import { AppError, isAppError } from "./errors";
import { echoableFields, OversizedInputError, toPlainInput } from "./form-input";
import type { Viewer } from "./viewer";
import { fieldErrorsFromZod } from "../shared/zod-problems";

// Every mutation, the same five steps: zod parse → session → one policy check →
// one domain function (which does all its writes in one transaction) → revalidate.
// A Mutation is the declarative description; executeMutation runs the steps and
// turns every outcome into an ActionState, so nothing raw ever reaches the user.

export type MutationContext<Input> = {
  input: Input;
  viewer: Viewer | null;
  actor: Actor;
  /** The community the action touches, derived from the resource, or null. */
  communityId: string | null;
  /** The caller's address (for rate limits), as resolved from trusted proxy headers. */
  clientIp: string;
};

/** The signed-in viewer; the policy step has already refused anonymous callers. */
export function signedIn(context: { viewer: Viewer | null }): Viewer {
  if (!context.viewer) throw new AppError("unauthenticated");
  return context.viewer;
}

/** The community the mutation resolved; set whenever the mutation declares `community`. */
export function scopedCommunity(context: { communityId: string | null }): string {
  if (!context.communityId) throw new AppError("not_found");
  return context.communityId;
}

export type Mutation<Input, Result> = {
  /** Stable name, used by the authorization matrix and the logs. */
  name: string;
  input: z.ZodType<Input>;
  permission: Permission;
  /**
   * The community this input acts on, derived from the resource named in it
   * (never from a community id sent beside a resource id). Throws not_found.
   */
  community?: (input: Input) => Promise<string>;
  /** Checks that depend on the resource, e.g. an admin acting on the owner. */
  authorize?: (context: MutationContext<Input>) => Promise<void> | void;
  perform: (context: MutationContext<Input>) => Promise<Result>;
  /** Paths to revalidate; a route pattern such as "/c/[slug]" revalidates every page under it. */
  revalidate?: (result: Result, input: Input) => string[];
};

export type MutationRuntime = {
  viewer: Viewer | null;
  clientIp?: string;
  /**
   * Gives the function that puts a problem into the requester's language (server
   * actions and routes pass one). Called only when the outcome has problems to describe.
   */
  translator?: () => Promise<(problem: Problem) => string>;
  revalidate: (path: string) => void;
  log?: (message: string, error: unknown) => void;
};

const defaultLog = (message: string, error: unknown) => console.error(message, error);

export async function executeMutation<Input, Result>(
  mutation: Mutation<Input, Result>,
  raw: unknown,
  runtime: MutationRuntime,
): Promise<ActionState<Result>> {
  const state = await runSteps(mutation, raw, runtime);
  if (state.status !== "error" || !runtime.translator) return state;
  let translate: (problem: Problem) => string;
  try {
    translate = await runtime.translator();
  } catch (error) {
    // The outcome stands (a write may have committed); its problems keep their codes.
    (runtime.log ?? defaultLog)(`[action ${mutation.name}] could not load the translator`, error);
    return state;
  }
  return withMessages(state, translate);
}

/** Adds each problem's text in the requester's language, so forms need no translator. */
function withMessages<Result>(state: ActionState<Result>, translate: (problem: Problem) => string): ActionState<Result> {
  if (state.status !== "error") return state;
  const described = (problem: Problem): Problem => ({ ...problem, message: translate(problem) });
  return {
    ...state,
    formError: state.formError ? described(state.formError) : undefined,
    fieldErrors: state.fieldErrors
      ? Object.fromEntries(Object.entries(state.fieldErrors).map(([field, problems]) => [field, problems.map(described)]))
      : undefined,
  };
}

async function runSteps<Input, Result>(mutation: Mutation<Input, Result>, raw: unknown, runtime: MutationRuntime): Promise<ActionState<Result>> {
  let plain: unknown;
  try {
    plain = toPlainInput(raw);
  } catch (error) {
    if (error instanceof OversizedInputError) return { status: "error", formError: { code: "input_too_large" } };
    throw error;
  }

  // 1. Parse.
  const parsed = mutation.input.safeParse(plain);
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorsFromZod(parsed.error, plain), fields: echoableFields(plain) };
  }
  const input = parsed.data;

  try {
    // 2. Session (resolved by the caller from the request) and 3. policy.
    const { viewer } = runtime;
    let communityId: string | null = null;
    let communityRole: MemberRole | null = null;
    if (mutation.community) {
      communityId = await mutation.community(input);
      // The role is read only when the permission depends on it (one query saved on hot paths).
      if (viewer && permissions[mutation.permission].audience === "community") communityRole = await findActiveRole(communityId, viewer.id);
    }
    const actor: Actor = { userId: viewer?.id ?? null, communityRole };
    requirePermission(actor, mutation.permission);
    const context: MutationContext<Input> = { input, viewer, actor, communityId, clientIp: runtime.clientIp ?? "unknown" };
    await mutation.authorize?.(context);

    // 4. One domain function.
    const result = await mutation.perform(context);

    // 5. Revalidate.
    for (const path of mutation.revalidate?.(result, input) ?? []) runtime.revalidate(path);
    return { status: "success", data: result };
  } catch (error) {
    if (isAppError(error)) {
      return {
        status: "error",
        formError: error.fieldErrors ? undefined : error.problem,
        fieldErrors: error.fieldErrors,
        fields: echoableFields(plain),
      };
    }
    if (isRetryableTransactionError(error) || isPoolTimeout(error)) {
      return { status: "error", formError: { code: "retryable" }, fields: echoableFields(plain) };
    }
    (runtime.log ?? defaultLog)(`[action ${mutation.name}] unexpected error`, error);
    return { status: "error", formError: { code: "unexpected" }, fields: echoableFields(plain) };
  }
}

function isPoolTimeout(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /timeout exceeded when trying to connect|Connection terminated due to connection timeout|Unable to start a transaction in the given time/i.test(
    message,
  );
}

export { AppError };
