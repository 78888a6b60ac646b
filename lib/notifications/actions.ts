"use server";

import type { ActionState } from "../shared/action-state";
import { runServerAction } from "../server/run-server-action";
import { markNotificationsReadMutation } from "./mutations";

export async function markNotificationsReadAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(markNotificationsReadMutation, formData);
}
