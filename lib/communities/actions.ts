"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "../shared/action-state";
import { runServerAction } from "../server/run-server-action";
import { createCommunityMutation } from "./mutations";

export async function createCommunityAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const state = await runServerAction(createCommunityMutation, formData);
  if (state.status !== "success") return state;
  redirect(`/c/${state.data.slug}`);
}
