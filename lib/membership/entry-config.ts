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

type EntryConfigRow = Omit<EntryConfig, "currentRules"> & { rulesId: string | null; rulesVersion: number | null };

/** One round trip: the community and its current rule-set version. */
export async function loadEntryConfig(db: DbClient, communityId: string): Promise<EntryConfig> {
  const [row] = await db.$queryRaw<EntryConfigRow[]>`
    SELECT c.id, c.slug, c.name, c.entry_mode::text AS "entryMode", c.fee_amount_minor AS "feeAmountMinor",
           c.fee_currency AS "feeCurrency", c.member_cap AS "memberCap", c.member_count AS "memberCount",
           c.seats_held AS "seatsHeld", c.waitlist_enabled AS "waitlistEnabled", c.waitlist_offer_hours AS "waitlistOfferHours",
           c.inviter_policy::text AS "inviterPolicy", c.invitation_quota AS "invitationQuota",
           c.reapply_cooldown_days AS "reapplyCooldownDays", r.id AS "rulesId", r.version AS "rulesVersion"
      FROM communities c
      LEFT JOIN LATERAL (
        SELECT id, version FROM rule_set_versions WHERE community_id = c.id ORDER BY version DESC LIMIT 1
      ) r ON true
     WHERE c.id = ${communityId}::uuid`;
  if (!row) throw new AppError("not_found");
  const { rulesId, rulesVersion, ...config } = row;
  return { ...config, currentRules: rulesId && rulesVersion !== null ? { id: rulesId, version: rulesVersion } : null };
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
