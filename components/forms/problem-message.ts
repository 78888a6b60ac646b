import type { Problem } from "@/lib/shared/action-state";

/** The text the server put on a problem (in the requester's language); the code if none. */
export function problemMessage(problem: Problem | undefined): string | undefined {
  return problem ? (problem.message ?? problem.code) : undefined;
}
