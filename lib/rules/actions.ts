"use server";

import type { ActionState } from "../shared/action-state";
import { runServerAction } from "../server/run-server-action";
import { acceptRulesMutation, publishRulesMutation } from "./rules-mutations";

export async function publishRulesAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(publishRulesMutation, formData);
}

export async function acceptRulesAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(acceptRulesMutation, formData);
}
