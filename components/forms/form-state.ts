import type { ActionState } from "@/lib/shared/action-state";
import type { Problem } from "@/lib/shared/action-state";

/** Reads a field's first problem out of an action state. */
export function fieldProblem(state: ActionState<unknown>, field: string): Problem | undefined {
  return state.status === "error" ? state.fieldErrors?.[field]?.[0] : undefined;
}

/** The value the user submitted, to show again after an error. */
export function submittedValue(state: ActionState<unknown>, field: string): string | undefined {
  return state.status === "error" ? state.fields?.[field] : undefined;
}

export function formProblem(state: ActionState<unknown>): Problem | undefined {
  if (state.status !== "error") return undefined;
  if (state.formError) return state.formError;
  // Problems about the whole input (path "") belong at the top of the form.
  return state.fieldErrors?.[""]?.[0];
}
