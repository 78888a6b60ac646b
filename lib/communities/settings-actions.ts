"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "../shared/action-state";
import { runServerAction } from "../server/run-server-action";
import {
  restoreCultureMutation,
  saveCultureMutation,
  saveQuestionsMutation,
  setAdminMutation,
  transferOwnershipMutation,
  updateCapacityMutation,
  updateProfileMutation,
  updateThresholdMutation,
} from "./settings-mutations";

export async function updateProfileAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(updateProfileMutation, formData);
}

export async function saveCultureAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(saveCultureMutation, formData);
}

export async function restoreCultureAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(restoreCultureMutation, formData);
}

export async function updateThresholdAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(updateThresholdMutation, formData);
}

export async function saveQuestionsAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(saveQuestionsMutation, formData);
}

export async function updateCapacityAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(updateCapacityMutation, formData);
}

export async function setAdminAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(setAdminMutation, formData);
}

export async function transferOwnershipAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const state = await runServerAction(transferOwnershipMutation, formData);
  if (state.status !== "success") return state;
  redirect(`/c/${state.data.slug}`);
}
