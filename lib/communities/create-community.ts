import { inTransaction } from "../server/transaction";
import { recordAudit } from "../audit/record-audit";
import type { Locale } from "../i18n/locales";
import { isUniqueViolation } from "../server/db-errors";
import { AppError } from "../server/errors";
import { deriveSlug, slugCandidate } from "./slug";

const DERIVED_SLUG_ATTEMPTS = 20;

export type CreatedCommunity = { id: string; slug: string };

/**
 * Creates a community with its owner as the first member, in one transaction with
 * the audit entry and the owner's "joined" activity event. A slug the owner typed
 * must be free; a derived one gets a numeric suffix when taken.
 */
export async function createCommunity(params: {
  ownerId: string;
  name: string;
  purpose: string;
  language: Locale;
  slug?: string;
}): Promise<CreatedCommunity> {
  const isDerived = params.slug === undefined;
  const base = params.slug ?? deriveSlug(params.name);
  const attempts = isDerived ? DERIVED_SLUG_ATTEMPTS : 1;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const slug = slugCandidate(base, attempt);
    try {
      return await insertCommunity({ ...params, slug });
    } catch (error) {
      if (!isUniqueViolation(error, "slug")) throw error;
    }
  }
  throw AppError.field("slug_taken", "slug");
}

async function insertCommunity(params: {
  ownerId: string;
  name: string;
  purpose: string;
  language: Locale;
  slug: string;
}): Promise<CreatedCommunity> {
  return inTransaction(async (tx) => {
    const community = await tx.community.create({
      data: {
        slug: params.slug,
        name: params.name,
        purpose: params.purpose,
        language: params.language,
        memberCount: 1,
      },
      select: { id: true, slug: true },
    });
    await tx.membership.create({
      data: { communityId: community.id, userId: params.ownerId, role: "OWNER", entryPath: "FOUNDER" },
    });
    await tx.activityEvent.create({ data: { communityId: community.id, userId: params.ownerId, kind: "JOINED" } });
    await recordAudit(tx, {
      communityId: community.id,
      actorId: params.ownerId,
      action: "community.created",
      targetType: "community",
      targetId: community.id,
      after: { slug: community.slug, name: params.name, purpose: params.purpose, language: params.language },
    });
    return community;
  });
}
