import type { Role, World } from "../support/world";

// One row per mutation: who may do it, and an input that is valid for each role
// (so the only reason to refuse is who is asking).
export type MatrixRow = {
  allowed: readonly Role[];
  /** A valid input for this caller; `cell` is unique per matrix cell. */
  input: (world: World, role: Role, cell: string) => unknown | Promise<unknown>;
  /** A well-formed input that names a resource which does not exist (for the fuzzer). */
  unknownResource?: (world: World) => unknown;
};

export const everyone: readonly Role[] = ["anonymous", "nonMember", "member", "admin", "owner", "otherCommunityMember"];
export const signedIn: readonly Role[] = ["nonMember", "member", "admin", "owner", "otherCommunityMember"];
export const adminsAndOwner: readonly Role[] = ["admin", "owner"];
export const ownerOnly: readonly Role[] = ["owner"];
export const members: readonly Role[] = ["member", "admin", "owner"];
