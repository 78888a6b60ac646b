import type { EntryMode, InviterPolicy } from "../generated/prisma/enums";
import { AppError } from "../server/errors";
import type { DbClient } from "../server/prisma";

// What the joining flows need to know about a community, in one read.

export type EntryConfig = {
  id: string;
  slug: string;
  name: string;
  entryMode: EntryMode;
  feeAmountMinor: number;
  feeCurrency: string;
  memberCap: number | null;
  memberCount: number;
  seatsHeld: number;
  waitlistEnabled: boolean;
  waitlistOfferHours: number;
  inviterPolicy: InviterPolicy;
  invitationQuota: number | null;
  reapplyCooldownDays: number;
  /** The current group rules a joiner must accept, or null when there are none. */
  currentRules: { id: string; version: number } | null;
};

export async function loadEntryConfig(db: DbClient, communityId: string): Promise<EntryConfig> {
  const community = await db.community.findUnique({
    where: { id: communityId },
    select: {
      id: true,
      slug: true,
      name: true,
      entryMode: true,
      feeAmountMinor: true,
      feeCurrency: true,
      memberCap: true,
      memberCount: true,
      seatsHeld: true,
      waitlistEnabled: true,
      waitlistOfferHours: true,
      inviterPolicy: true,
      invitationQuota: true,
      reapplyCooldownDays: true,
      ruleSetVersions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true } },
    },
  });
  if (!community) throw new AppError("not_found");
  const { ruleSetVersions, ...rest } = community;
  return { ...rest, currentRules: ruleSetVersions[0] ?? null };
}

/**
 * The rules version the person accepted must be the current one: if the owner
 * published new rules while they were reading, they must read them again.
 */
export function requireCurrentRulesAccepted(config: EntryConfig, acceptedVersion: number | undefined): string | null {
  if (!config.currentRules) return null;
  // The form's "I accept the rules" checkbox carries the version the person read.
  if (acceptedVersion === undefined) throw AppError.field("invalid_input", "rulesVersion", { code: "must_accept_rules" });
  if (acceptedVersion !== config.currentRules.version) throw AppError.field("rules_changed", "rulesVersion");
  return config.currentRules.id;
}
