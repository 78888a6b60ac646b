import { db } from "../server/db";
import { AppError } from "../server/errors";

// Mutations derive their community from the resource they name — never from a
// community id sent beside it. Unknown resources are "not found".

// A community's slug is fixed when it is created (nothing renames one) and
// communities are not deleted, so each process remembers the id behind a slug for
// a minute instead of asking the database on every join or settings change. Only
// slugs that exist are remembered: a new community is found at once, and made-up
// slugs cost a query each as before and take no memory. If slugs ever become
// editable, this memory must go (or be cleared on rename in every process).
const SLUG_MEMORY_MS = 60_000;
const MAX_REMEMBERED_SLUGS = 10_000;
const idsBySlug = new Map<string, { id: string; until: number }>();

export async function communityOfSlug(slug: string): Promise<string> {
  const now = Date.now();
  const remembered = idsBySlug.get(slug);
  if (remembered && remembered.until > now) return remembered.id;
  idsBySlug.delete(slug);
  const community = await db.community.findUnique({ where: { slug }, select: { id: true } });
  if (!community) throw new AppError("not_found");
  if (idsBySlug.size >= MAX_REMEMBERED_SLUGS) {
    // Forget the oldest entry (Maps keep insertion order).
    const oldest = idsBySlug.keys().next();
    if (!oldest.done) idsBySlug.delete(oldest.value);
  }
  idsBySlug.set(slug, { id: community.id, until: now + SLUG_MEMORY_MS });
  return community.id;
}

export async function communityOfCultureVersion(versionId: string): Promise<string> {
  const version = await db.cultureVersion.findUnique({ where: { id: versionId }, select: { communityId: true } });
  if (!version) throw new AppError("not_found");
  return version.communityId;
}
