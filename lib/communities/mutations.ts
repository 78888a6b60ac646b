import { type Mutation, signedIn } from "../server/mutation";
import { type CreatedCommunity, createCommunity } from "./create-community";
import { type CreateCommunityInput, createCommunityInput } from "./schemas";

export const createCommunityMutation: Mutation<CreateCommunityInput, CreatedCommunity> = {
  name: "community.create",
  input: createCommunityInput,
  permission: "community.create",
  perform: ({ input, viewer }) =>
    createCommunity({
      ownerId: signedIn({ viewer }).id,
      name: input.name,
      purpose: input.purpose,
      language: input.language,
      slug: input.slug,
    }),
  revalidate: (community) => [`/c/${community.slug}`, "/me/communities", "/"],
};

export const communityMutations = [createCommunityMutation];
