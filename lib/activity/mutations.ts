import { z } from "zod";
import { slugParam } from "../communities/schemas";
import { communityOfSlug } from "../communities/scope";
import { type Mutation, scopedCommunity } from "../server/mutation";
import { recordVisit, type VisitOutcome } from "./record-visit";

export const visitInput = z.object({ slug: slugParam });
export type VisitInput = z.infer<typeof visitInput>;

export const recordVisitMutation: Mutation<VisitInput, VisitOutcome> = {
  name: "activity.record-visit",
  input: visitInput,
  permission: "community.view",
  community: (input) => communityOfSlug(input.slug),
  perform: (context) => recordVisit({ communityId: scopedCommunity(context), viewerId: context.viewer?.id ?? null }),
};

export const activityMutations = [recordVisitMutation];
