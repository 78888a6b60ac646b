"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "../shared/action-state";
import { runServerAction } from "../server/run-server-action";
import { signOut } from "./auth";
import { setLocaleMutation, signInMutation, signOutEverywhereMutation, signUpMutation } from "./mutations";
import { rememberLocale, safeRedirectPath, startSession } from "./start-session";

export async function signUpAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const state = await runServerAction(signUpMutation, formData);
  if (state.status !== "success") return state;
  await startSession(state.data);
  redirect("/me/communities");
}

export async function signInAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const state = await runServerAction(signInMutation, formData);
  if (state.status !== "success") return state;
  await startSession(state.data);
  redirect(safeRedirectPath(formData.get("callbackUrl"), "/me/communities"));
}

export async function signOutEverywhereAction(): Promise<ActionState<unknown>> {
  const state = await runServerAction(signOutEverywhereMutation, {});
  if (state.status !== "success") return state;
  await signOut({ redirectTo: "/" });
  return state;
}

export async function setLocaleAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const state = await runServerAction(setLocaleMutation, formData);
  if (state.status === "success") await rememberLocale(state.data.locale);
  return state;
}

// Signing out only clears this browser's session cookie: no input and no data
// change, so it is the one action outside the mutation pattern (see tests/authz).
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
