import "server-only";
import { db } from "../server/db";

// Reads for the owner console.

export async function loadCommunitySettings(communityId: string) {
  return db.community.findUniqueOrThrow({
    where: { id: communityId },
    select: {
      name: true,
      purpose: true,
      description: true,
      language: true,
      visibility: true,
      inactiveAfterDays: true,
      entryMode: true,
      feeAmountMinor: true,
      feeCurrency: true,
      inviterPolicy: true,
      invitationQuota: true,
      reapplyCooldownDays: true,
      memberCap: true,
      memberCount: true,
      waitlistEnabled: true,
      waitlistOfferHours: true,
    },
  });
}

export async function listCultureVersions(communityId: string) {
  return db.cultureVersion.findMany({
    where: { communityId },
    orderBy: { version: "desc" },
    take: 50,
    select: { id: true, version: true, vision: true, values: true, mission: true, createdAt: true, author: { select: { name: true } } },
  });
}

export async function findCurrentCulture(communityId: string) {
  return db.cultureVersion.findFirst({
    where: { communityId },
    orderBy: { version: "desc" },
    select: { version: true, vision: true, values: true, mission: true },
  });
}

/** Members the owner can make admins or hand the community to. */
export async function listMembersForRoles(communityId: string) {
  return db.membership.findMany({
    where: { communityId, status: "ACTIVE", role: { not: "OWNER" } },
    orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
    take: 500,
    select: { id: true, role: true, user: { select: { name: true, email: true } } },
  });
}

/** The current group rules with their stored checks, for the rule editor. */
export async function findCurrentRuleSet(communityId: string) {
  return db.ruleSetVersion.findFirst({
    where: { communityId },
    orderBy: { version: "desc" },
    select: {
      version: true,
      rules: { orderBy: { position: "asc" }, select: { title: true, explanation: true, severity: true, checkKind: true, checkParams: true } },
    },
  });
}
