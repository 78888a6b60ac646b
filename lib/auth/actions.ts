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
  redirect(safeRedirectPath(formData.get("callbackUrl"), "/me/communities"));
}

export async function signInAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const state = await runServerAction(signInMutation, formData);
  if (state.status !== "success") return state;
  await startSession(state.data);
  redirect(safeRedirectPath(formData.get("callbackUrl"), "/me/communities"));
}

export async function signOutEverywhereAction(): Promise<void> {
  const state = await runServerAction(signOutEverywhereMutation, {});
  // Refused only when nobody is signed in, which leaves nothing to sign out of.
  if (state.status === "success") await signOut({ redirectTo: "/" });
}

export async function setLocaleAction(formData: FormData): Promise<void> {
  const state = await runServerAction(setLocaleMutation, formData);
  // Setting the cookie makes Next render the current page again, in the new language.
  if (state.status === "success") await rememberLocale(state.data.locale);
}

// Signing out only clears this browser's session cookie: no input and no data
// change, so it is the one action outside the mutation pattern (see tests/authz).
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
