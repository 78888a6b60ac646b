import { z } from "zod";
import { slugParam } from "../communities/schemas";
import { communityOfSlug } from "../communities/scope";
import { type Mutation, scopedCommunity, signedIn } from "../server/mutation";
import { jsonField } from "../shared/form-fields";
import { acceptRules } from "./accept-rules";
import { publishRules } from "./publish-rules";
import { type RuleList, ruleList } from "./schemas";

// The rule editor posts the whole ordered list as JSON; it is validated by the
// engine's own schemas, so a malformed rule can never be saved.
export const publishRulesInput = z.object({
  slug: slugParam,
  rules: jsonField(ruleList, 1_000_000),
});
export type PublishRulesInput = { slug: string; rules: RuleList };

export const acceptRulesInput = z.object({ slug: slugParam, rulesVersion: z.coerce.number().int().min(1).max(1_000_000) });
export type AcceptRulesInput = z.infer<typeof acceptRulesInput>;

export const publishRulesMutation: Mutation<PublishRulesInput, { version: number }> = {
  name: "rules.publish",
  input: publishRulesInput,
  permission: "community.settings.edit",
  community: (input) => communityOfSlug(input.slug),
  perform: (context) => publishRules({ communityId: scopedCommunity(context), actorId: signedIn(context).id, rules: context.input.rules }),
  revalidate: () => ["/c/[slug]"],
};

export const acceptRulesMutation: Mutation<AcceptRulesInput, null> = {
  name: "rules.accept",
  input: acceptRulesInput,
  permission: "community.post",
  community: (input) => communityOfSlug(input.slug),
  perform: async (context) => {
    await acceptRules({ communityId: scopedCommunity(context), userId: signedIn(context).id, version: context.input.rulesVersion });
    return null;
  },
  revalidate: (_result, input) => [`/c/${input.slug}`],
};

export const rulesMutations = [publishRulesMutation, acceptRulesMutation];
