import { db } from "../server/db";
import { AppError } from "../server/errors";

// Mutations derive their community from the resource they name — never from a
// community id sent beside it. Unknown resources are "not found".

export async function communityOfSlug(slug: string): Promise<string> {
  const community = await db.community.findUnique({ where: { slug }, select: { id: true } });
  if (!community) throw new AppError("not_found");
  return community.id;
}

export async function communityOfCultureVersion(versionId: string): Promise<string> {
  const version = await db.cultureVersion.findUnique({ where: { id: versionId }, select: { communityId: true } });
  if (!version) throw new AppError("not_found");
  return version.communityId;
}
