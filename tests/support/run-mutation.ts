import type { ActionState } from "../../lib/shared/action-state";
import { executeMutation, type Mutation } from "../../lib/server/mutation";
import type { Viewer } from "../../lib/server/viewer";

export type RunResult<T> = { state: ActionState<T>; revalidated: string[]; logged: unknown[] };

/**
 * Runs a mutation through the same pipeline a server action uses (parse, policy,
 * domain function, revalidation), with the viewer a real session would resolve to.
 */
export async function runMutation<Input, Result>(
  mutation: Mutation<Input, Result>,
  raw: unknown,
  viewer: Viewer | null,
  options: { clientIp?: string } = {},
): Promise<RunResult<Result>> {
  const revalidated: string[] = [];
  const logged: unknown[] = [];
  const state = await executeMutation(mutation, raw, {
    viewer,
    clientIp: options.clientIp ?? "198.51.100.7",
    revalidate: (path) => revalidated.push(path),
    log: (message, error) => logged.push({ message, error }),
  });
  return { state, revalidated, logged };
}

export function formData(values: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  }
  return form;
}
