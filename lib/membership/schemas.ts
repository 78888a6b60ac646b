import { z } from "zod";
import { slugParam } from "../communities/schemas";
import { checkbox, idField, optionalText } from "../shared/form-fields";

// The version of the group rules the person read and accepted (0 when there are none).
const rulesVersion = z.coerce.number().int().min(0).max(1_000_000).optional();

// Answers arrive as form fields named "answer.<questionId>"; they are gathered
// into a list before validation (an explicit `answers` list is accepted as is).
const ANSWER_PREFIX = "answer.";
const answers = z.array(z.object({ questionId: idField, answer: z.string().max(5000) })).max(50).default([]);

function gatherAnswers(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const entries = Object.entries(input as Record<string, unknown>);
  const rest = Object.fromEntries(entries.filter(([key]) => !key.startsWith(ANSWER_PREFIX)));
  if ("answers" in rest) return rest;
  const gathered = entries.filter(([key]) => key.startsWith(ANSWER_PREFIX)).map(([key, answer]) => ({ questionId: key.slice(ANSWER_PREFIX.length), answer }));
  return { ...rest, answers: gathered };
}

export const joinInput = z.object({ slug: slugParam, rulesVersion });
export type JoinInput = z.infer<typeof joinInput>;

export const applyInput = z.preprocess(gatherAnswers, z.object({ slug: slugParam, rulesVersion, answers }));
export type ApplyInput = z.infer<typeof applyInput>;

export const acceptInvitationInput = z.preprocess(
  gatherAnswers,
  z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: "invitation_invalid" }), rulesVersion, answers }),
);
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;

export const applicationRef = z.object({ applicationId: idField });
export type ApplicationRef = z.infer<typeof applicationRef>;

export const reviewInput = z.object({
  applicationId: idField,
  decision: z.enum(["approve", "reject"]),
  reason: optionalText(2000),
  note: optionalText(4000),
  ban: checkbox,
});
export type ReviewInput = z.infer<typeof reviewInput>;

export const bulkReviewInput = z.object({
  applicationIds: z.preprocess((value) => (typeof value === "string" ? [value] : value), z.array(idField).min(1).max(100)),
  decision: z.enum(["approve", "reject"]),
  reason: optionalText(2000),
});
export type BulkReviewInput = z.infer<typeof bulkReviewInput>;

export const paymentRef = z.object({ paymentId: idField });
export type PaymentRef = z.infer<typeof paymentRef>;

export const paymentReferenceInput = z.object({ paymentId: idField, reference: z.string().trim().min(1).max(200) });
export type PaymentReferenceInput = z.infer<typeof paymentReferenceInput>;

export const createInvitationInput = z.object({
  slug: slugParam,
  maxUses: z.coerce.number().int().min(1).max(100).default(1),
  expiresInDays: z.coerce.number().int().min(1).max(90).default(14),
});
export type CreateInvitationInput = z.infer<typeof createInvitationInput>;

export const invitationRef = z.object({ invitationId: idField });
export type InvitationRef = z.infer<typeof invitationRef>;

export const communityRef = z.object({ slug: slugParam });
export type CommunityRef = z.infer<typeof communityRef>;

export const leaveInput = z.object({ slug: slugParam, reason: optionalText(500) });
export type LeaveInput = z.infer<typeof leaveInput>;

export const removeMemberInput = z.object({ membershipId: idField, reason: z.string().trim().min(1).max(2000), ban: checkbox });
export type RemoveMemberInput = z.infer<typeof removeMemberInput>;
