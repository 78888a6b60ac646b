import type { Role, World } from "../support/world";

// One row per mutation: who may do it, and an input that is valid for each role
// (so the only reason to refuse is who is asking).
export type MatrixRow = {
  allowed: readonly Role[];
  /**
   * Callers the permission table lets through but the domain refuses for a stated
   * reason (e.g. joining a community one is already in), with the expected code.
   * Everyone else not allowed must be refused as unauthenticated, forbidden or not found.
   */
  refusals?: Partial<Record<Role, string>>;
  /** Runs once on a fresh world before this row's cells (e.g. switch the entry mode). */
  setup?: (world: World) => Promise<void>;
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
