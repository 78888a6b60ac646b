"use server";

import { redirect } from "next/navigation";
import { slugParam } from "../communities/schemas";
import type { ActionState } from "../shared/action-state";
import { runServerAction } from "../server/run-server-action";
import {
  acceptInvitationMutation,
  acceptOfferMutation,
  applyMutation,
  bulkReviewMutation,
  confirmPaymentMutation,
  createInvitationMutation,
  joinMutation,
  leaveMutation,
  leaveWaitlistMutation,
  paymentReferenceMutation,
  removeMemberMutation,
  reviewApplicationMutation,
  revokeInvitationMutation,
  withdrawApplicationMutation,
} from "./mutations";


export async function joinAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(joinMutation, formData);
}

export async function applyAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const state = await runServerAction(applyMutation, formData);
  if (state.status !== "success") return state;
  redirect(`/c/${String(formData.get("slug"))}`);
}

export async function acceptInvitationAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const state = await runServerAction(acceptInvitationMutation, formData);
  if (state.status !== "success") return state;
  // The page that follows shows where they stand: member, waitlisted, in review or paying.
  const slug = slugParam.safeParse(formData.get("slug"));
  redirect(slug.success ? `/c/${slug.data}` : "/me/communities");
}

export async function withdrawApplicationAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(withdrawApplicationMutation, formData);
}

export async function reviewApplicationAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(reviewApplicationMutation, formData);
}

export async function bulkReviewAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(bulkReviewMutation, formData);
}

export async function confirmPaymentAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(confirmPaymentMutation, formData);
}

export async function paymentReferenceAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(paymentReferenceMutation, formData);
}

export async function createInvitationAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(createInvitationMutation, formData);
}

export async function revokeInvitationAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(revokeInvitationMutation, formData);
}

export async function leaveAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(leaveMutation, formData);
}

export async function removeMemberAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(removeMemberMutation, formData);
}

export async function acceptOfferAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(acceptOfferMutation, formData);
}

export async function leaveWaitlistAction(_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return runServerAction(leaveWaitlistMutation, formData);
}
