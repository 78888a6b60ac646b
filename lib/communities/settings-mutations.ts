import { communityOfMembership } from "../membership/scope";
import { setAdmin } from "../membership/set-admin";
import { transferOwnership } from "../membership/transfer-ownership";
import { type Mutation, scopedCommunity, signedIn } from "../server/mutation";
import { restoreCulture, saveCulture } from "./save-culture";
import { communityOfCultureVersion, communityOfSlug } from "./scope";
import { saveQuestions } from "./save-questions";
import {
  type CapacityInput,
  capacityInput,
  type CultureInput,
  cultureInput,
  type ProfileInput,
  profileInput,
  type QuestionsInput,
  questionsInput,
  type RestoreCultureInput,
  restoreCultureInput,
  type SetAdminInput,
  setAdminInput,
  type ThresholdInput,
  thresholdInput,
  type TransferOwnershipInput,
  transferOwnershipInput,
} from "./settings-schemas";
import { updateCapacity } from "./update-capacity";
import { updateProfile } from "./update-profile";
import { updateThreshold } from "./update-threshold";

// The owner console: every settings change, each audited in its own transaction.
const settingsPaths = () => ["/c/[slug]", "/communities", "/"];

export const updateProfileMutation: Mutation<ProfileInput, null> = {
  name: "settings.profile",
  input: profileInput,
  permission: "community.settings.edit",
  community: (input) => communityOfSlug(input.slug),
  perform: async (context) => {
    const { slug: _slug, ...profile } = context.input;
    await updateProfile({ communityId: scopedCommunity(context), actorId: signedIn(context).id, profile });
    return null;
  },
  revalidate: settingsPaths,
};

export const saveCultureMutation: Mutation<CultureInput, { version: number }> = {
  name: "settings.culture",
  input: cultureInput,
  permission: "community.settings.edit",
  community: (input) => communityOfSlug(input.slug),
  perform: (context) =>
    saveCulture({
      communityId: scopedCommunity(context),
      actorId: signedIn(context).id,
      culture: { vision: context.input.vision, values: context.input.values, mission: context.input.mission },
    }),
  revalidate: settingsPaths,
};

export const restoreCultureMutation: Mutation<RestoreCultureInput, { version: number }> = {
  name: "settings.culture-restore",
  input: restoreCultureInput,
  permission: "community.settings.edit",
  community: (input) => communityOfCultureVersion(input.versionId),
  perform: (context) => restoreCulture({ communityId: scopedCommunity(context), actorId: signedIn(context).id, versionId: context.input.versionId }),
  revalidate: settingsPaths,
};

export const updateThresholdMutation: Mutation<ThresholdInput, null> = {
  name: "settings.threshold",
  input: thresholdInput,
  permission: "community.settings.edit",
  community: (input) => communityOfSlug(input.slug),
  perform: async (context) => {
    const { entryMode, feeAmountMinor, feeCurrency, inviterPolicy, invitationQuota, reapplyCooldownDays } = context.input;
    await updateThreshold({
      communityId: scopedCommunity(context),
      actorId: signedIn(context).id,
      threshold: { entryMode, feeAmountMinor, feeCurrency, inviterPolicy, invitationQuota, reapplyCooldownDays },
    });
    return null;
  },
  revalidate: settingsPaths,
};

export const saveQuestionsMutation: Mutation<QuestionsInput, null> = {
  name: "settings.questions",
  input: questionsInput,
  permission: "community.settings.edit",
  community: (input) => communityOfSlug(input.slug),
  perform: async (context) => {
    await saveQuestions({ communityId: scopedCommunity(context), actorId: signedIn(context).id, questions: context.input.questions });
    return null;
  },
  revalidate: settingsPaths,
};

export const updateCapacityMutation: Mutation<CapacityInput, null> = {
  name: "settings.capacity",
  input: capacityInput,
  permission: "community.settings.edit",
  community: (input) => communityOfSlug(input.slug),
  perform: async (context) => {
    const { memberCap, waitlistEnabled, waitlistOfferHours } = context.input;
    await updateCapacity({ communityId: scopedCommunity(context), actorId: signedIn(context).id, capacity: { memberCap, waitlistEnabled, waitlistOfferHours } });
    return null;
  },
  revalidate: settingsPaths,
};

export const setAdminMutation: Mutation<SetAdminInput, null> = {
  name: "settings.set-admin",
  input: setAdminInput,
  permission: "community.admins.manage",
  community: (input) => communityOfMembership(input.membershipId),
  perform: async (context) => {
    await setAdmin({ communityId: scopedCommunity(context), actorId: signedIn(context).id, membershipId: context.input.membershipId, isAdmin: context.input.isAdmin });
    return null;
  },
  revalidate: settingsPaths,
};

/** Gives back the parsed slug, so the action redirects to the page it acted on. */
export const transferOwnershipMutation: Mutation<TransferOwnershipInput, { slug: string }> = {
  name: "settings.transfer-ownership",
  input: transferOwnershipInput,
  permission: "community.ownership.transfer",
  community: (input) => communityOfSlug(input.slug),
  perform: async (context) => {
    await transferOwnership({ communityId: scopedCommunity(context), ownerId: signedIn(context).id, newOwnerMembershipId: context.input.newOwnerMembershipId });
    return { slug: context.input.slug };
  },
  revalidate: settingsPaths,
};

export const settingsMutations = [
  updateProfileMutation,
  saveCultureMutation,
  restoreCultureMutation,
  updateThresholdMutation,
  saveQuestionsMutation,
  updateCapacityMutation,
  setAdminMutation,
  transferOwnershipMutation,
];
