import { authMutations } from "./auth/mutations";
import { communityMutations } from "./communities/mutations";
import type { Mutation } from "./server/mutation";

// Every mutation Canopy exposes. The authorization matrix and the input fuzzer
// (tests/integration) run over this list, and fail when an action is missing.
export const allMutations: Mutation<never, unknown>[] = [...authMutations, ...communityMutations] as Mutation<never, unknown>[];
