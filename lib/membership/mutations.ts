import { communityOfSlug } from "../communities/scope";
import { AppError } from "../server/errors";
import { type Mutation, scopedCommunity, signedIn } from "../server/mutation";
import { acceptInvitation } from "./accept-invitation";
import { confirmPayment, type PaymentConfirmation } from "./confirm-payment";
import { type CreatedInvitation, createInvitation } from "./create-invitation";
import type { EntryResult } from "./entry-outcome";
import { joinCommunity } from "./join-community";
import { leaveCommunity } from "./leave-community";
import { removeMember } from "./remove-member";
import { reviewApplications, type ReviewSummary } from "./review-applications";
import { revokeInvitation } from "./revoke-invitation";
import {
  type AcceptInvitationInput,
  acceptInvitationInput,
  type ApplicationRef,
  type ApplyInput,
  applicationRef,
  applyInput,
  type BulkReviewInput,
  bulkReviewInput,
  type CommunityRef,
  communityRef,
  type CreateInvitationInput,
  createInvitationInput,
  type InvitationRef,
  invitationRef,
  type JoinInput,
  joinInput,
  type LeaveInput,
  leaveInput,
  type PaymentRef,
  type PaymentReferenceInput,
  paymentRef,
  paymentReferenceInput,
  type RemoveMemberInput,
  removeMemberInput,
  type ReviewInput,
  reviewInput,
} from "./schemas";
import {
  communityOfApplication,
  communityOfApplications,
  communityOfInvitation,
  communityOfInvitationCode,
  communityOfMembership,
  communityOfPayment,
} from "./scope";
import { submitApplication } from "./submit-application";
import { submitPaymentReference } from "./submit-payment-reference";
import { acceptOffer, leaveWaitlist } from "./waitlist-offers";
import { withdrawApplication } from "./withdraw-application";

const communityPaths = (slug: string) => [`/c/${slug}`, "/me/communities"];

export const joinMutation: Mutation<JoinInput, EntryResult> = {
  name: "membership.join",
  input: joinInput,
  permission: "community.join",
  community: (input) => communityOfSlug(input.slug),
  perform: (context) =>
    joinCommunity({ communityId: scopedCommunity(context), userId: signedIn(context).id, acceptedRulesVersion: context.input.rulesVersion }),
  revalidate: (_result, input) => communityPaths(input.slug),
};

export const applyMutation: Mutation<ApplyInput, EntryResult> = {
  name: "membership.apply",
  input: applyInput,
  permission: "community.join",
  community: (input) => communityOfSlug(input.slug),
  perform: (context) =>
    submitApplication({
      communityId: scopedCommunity(context),
      userId: signedIn(context).id,
      answers: context.input.answers,
      acceptedRulesVersion: context.input.rulesVersion,
    }),
  revalidate: (_result, input) => [...communityPaths(input.slug), "/me/applications"],
};

export const acceptInvitationMutation: Mutation<AcceptInvitationInput, EntryResult> = {
  name: "membership.accept-invitation",
  input: acceptInvitationInput,
  permission: "community.join",
  community: (input) => communityOfInvitationCode(input.code),
  perform: (context) =>
    acceptInvitation({
      code: context.input.code,
      userId: signedIn(context).id,
      acceptedRulesVersion: context.input.rulesVersion,
      answers: context.input.answers,
    }),
  // The code does not name the community; seats changed on one of them.
  revalidate: () => ["/c/[slug]", "/me/communities", "/me/applications"],
};

export const withdrawApplicationMutation: Mutation<ApplicationRef, null> = {
  name: "membership.withdraw-application",
  input: applicationRef,
  permission: "community.join",
  community: (input) => communityOfApplication(input.applicationId),
  perform: async (context) => {
    await withdrawApplication({ applicationId: context.input.applicationId, userId: signedIn(context).id });
    return null;
  },
  revalidate: () => ["/me/applications"],
};

export const reviewApplicationMutation: Mutation<ReviewInput, ReviewSummary> = {
  name: "membership.review",
  input: reviewInput,
  permission: "community.applications.review",
  community: (input) => communityOfApplication(input.applicationId),
  perform: (context) =>
    reviewApplications({
      communityId: scopedCommunity(context),
      reviewerId: signedIn(context).id,
      applicationIds: [context.input.applicationId],
      decision: context.input.decision,
      reason: context.input.reason,
      note: context.input.note,
      ban: context.input.ban,
    }),
  revalidate: () => ["/c/[slug]"],
};

export const bulkReviewMutation: Mutation<BulkReviewInput, ReviewSummary> = {
  name: "membership.review-bulk",
  input: bulkReviewInput,
  permission: "community.applications.review",
  community: (input) => communityOfApplications(input.applicationIds),
  perform: (context) =>
    reviewApplications({
      communityId: scopedCommunity(context),
      reviewerId: signedIn(context).id,
      applicationIds: context.input.applicationIds,
      decision: context.input.decision,
      reason: context.input.reason,
    }),
  revalidate: () => ["/c/[slug]"],
};

export const confirmPaymentMutation: Mutation<PaymentRef, PaymentConfirmation> = {
  name: "membership.confirm-payment",
  input: paymentRef,
  permission: "community.payments.confirm",
  community: (input) => communityOfPayment(input.paymentId),
  perform: (context) => confirmPayment({ communityId: scopedCommunity(context), paymentId: context.input.paymentId, confirmerId: signedIn(context).id }),
  revalidate: () => ["/c/[slug]"],
};

export const paymentReferenceMutation: Mutation<PaymentReferenceInput, null> = {
  name: "membership.payment-reference",
  input: paymentReferenceInput,
  permission: "community.join",
  community: (input) => communityOfPayment(input.paymentId),
  perform: async (context) => {
    await submitPaymentReference({ paymentId: context.input.paymentId, payerId: signedIn(context).id, reference: context.input.reference });
    return null;
  },
  revalidate: () => ["/me/applications"],
};

export const createInvitationMutation: Mutation<CreateInvitationInput, CreatedInvitation> = {
  name: "membership.create-invitation",
  input: createInvitationInput,
  permission: "community.invitations.create",
  community: (input) => communityOfSlug(input.slug),
  perform: (context) =>
    createInvitation({
      communityId: scopedCommunity(context),
      inviterId: signedIn(context).id,
      maxUses: context.input.maxUses,
      expiresInDays: context.input.expiresInDays,
    }),
  revalidate: (_result, input) => [`/c/${input.slug}/invitations`],
};

export const revokeInvitationMutation: Mutation<InvitationRef, null> = {
  name: "membership.revoke-invitation",
  input: invitationRef,
  permission: "community.invitations.create",
  community: (input) => communityOfInvitation(input.invitationId),
  perform: async (context) => {
    const role = context.actor.communityRole;
    await revokeInvitation({
      invitationId: context.input.invitationId,
      actorId: signedIn(context).id,
      actorIsAdmin: role === "ADMIN" || role === "OWNER",
    });
    return null;
  },
  revalidate: () => ["/c/[slug]"],
};

export const leaveMutation: Mutation<LeaveInput, null> = {
  name: "membership.leave",
  input: leaveInput,
  permission: "community.leave",
  community: (input) => communityOfSlug(input.slug),
  perform: async (context) => {
    await leaveCommunity({ communityId: scopedCommunity(context), userId: signedIn(context).id, reason: context.input.reason });
    return null;
  },
  revalidate: (_result, input) => communityPaths(input.slug),
};

export const removeMemberMutation: Mutation<RemoveMemberInput, null> = {
  name: "membership.remove",
  input: removeMemberInput,
  permission: "community.members.manage",
  community: (input) => communityOfMembership(input.membershipId),
  perform: async (context) => {
    // The permission check has established an admin or owner role; removeMember compares ranks.
    const actorRole = context.actor.communityRole;
    if (!actorRole) throw new AppError("forbidden");
    await removeMember({
      communityId: scopedCommunity(context),
      actorId: signedIn(context).id,
      actorRole,
      membershipId: context.input.membershipId,
      reason: context.input.reason,
      ban: context.input.ban,
    });
    return null;
  },
  revalidate: () => ["/c/[slug]"],
};

export const acceptOfferMutation: Mutation<CommunityRef, null> = {
  name: "membership.accept-offer",
  input: communityRef,
  permission: "community.join",
  community: (input) => communityOfSlug(input.slug),
  perform: async (context) => {
    await acceptOffer({ communityId: scopedCommunity(context), userId: signedIn(context).id });
    return null;
  },
  revalidate: (_result, input) => communityPaths(input.slug),
};

export const leaveWaitlistMutation: Mutation<CommunityRef, null> = {
  name: "membership.leave-waitlist",
  input: communityRef,
  permission: "community.join",
  community: (input) => communityOfSlug(input.slug),
  perform: async (context) => {
    await leaveWaitlist({ communityId: scopedCommunity(context), userId: signedIn(context).id });
    return null;
  },
  revalidate: (_result, input) => communityPaths(input.slug),
};

export const membershipMutations = [
  joinMutation,
  applyMutation,
  acceptInvitationMutation,
  withdrawApplicationMutation,
  reviewApplicationMutation,
  bulkReviewMutation,
  confirmPaymentMutation,
  paymentReferenceMutation,
  createInvitationMutation,
  revokeInvitationMutation,
  leaveMutation,
  removeMemberMutation,
  acceptOfferMutation,
  leaveWaitlistMutation,
];
