import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../server/transaction";
import type { DbClient } from "../server/prisma";
import { AppError } from "../server/errors";

export type Culture = { vision: string; values: string[]; mission: string };

async function appendVersion(tx: DbClient, params: { communityId: string; actorId: string; culture: Culture; restoredFrom?: number }) {
  // Lock the community row so two saves at once get consecutive version numbers.
  const [community] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM communities WHERE id = ${params.communityId}::uuid FOR NO KEY UPDATE`;
  if (!community) throw new AppError("not_found");
  const latest = await tx.cultureVersion.findFirst({
    where: { communityId: params.communityId },
    orderBy: { version: "desc" },
    select: { version: true, vision: true, values: true, mission: true },
  });
  const version = (latest?.version ?? 0) + 1;
  const created = await tx.cultureVersion.create({
    data: { communityId: params.communityId, version, authorId: params.actorId, ...params.culture },
    select: { id: true, version: true },
  });
  await recordAudit(tx, {
    communityId: params.communityId,
    actorId: params.actorId,
    action: params.restoredFrom ? "culture.restored" : "culture.saved",
    targetType: "culture_version",
    targetId: created.id,
    before: latest ? { version: latest.version, vision: latest.vision, values: latest.values, mission: latest.mission } : null,
    after: { version, ...params.culture, ...(params.restoredFrom ? { restoredFrom: params.restoredFrom } : {}) },
  });
  return created;
}

/** Vision, values and mission (愿景 / 价值观 / 使命): every save is a new version. */
export async function saveCulture(params: { communityId: string; actorId: string; culture: Culture }): Promise<{ version: number }> {
  return inTransaction((tx) => appendVersion(tx, params));
}

/** Restoring copies an old version forward as the newest one, so history is never rewritten. */
export async function restoreCulture(params: { communityId: string; actorId: string; versionId: string }): Promise<{ version: number }> {
  return inTransaction(async (tx) => {
    const old = await tx.cultureVersion.findFirst({
      where: { id: params.versionId, communityId: params.communityId },
      select: { version: true, vision: true, values: true, mission: true },
    });
    if (!old) throw new AppError("not_found");
    return appendVersion(tx, {
      communityId: params.communityId,
      actorId: params.actorId,
      culture: { vision: old.vision, values: old.values, mission: old.mission },
      restoredFrom: old.version,
    });
  });
}
