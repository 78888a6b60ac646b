import { activityMutations } from "./activity/mutations";
import { authMutations } from "./auth/mutations";
import { communityMutations } from "./communities/mutations";
import { settingsMutations } from "./communities/settings-mutations";
import { membershipMutations } from "./membership/mutations";
import { notificationMutations } from "./notifications/mutations";
import { rulesMutations } from "./rules/rules-mutations";
import type { Mutation } from "./server/mutation";

/** A mutation of any input and result, as the harnesses see it (they pass raw input). */
export type AnyMutation = Mutation<never, unknown>;

// Every mutation Canopy exposes. The authorization matrix and the input fuzzer
// (tests/integration) run over this list, and fail when an action is missing.
const registered: readonly { name: string }[] = [...authMutations, ...communityMutations, ...membershipMutations, ...notificationMutations, ...settingsMutations, ...rulesMutations, ...activityMutations];
export const allMutations = registered as unknown as readonly AnyMutation[];
