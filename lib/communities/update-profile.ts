import type { Prisma } from "../generated/prisma/client";
import { changedFields } from "../audit/changes";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../server/errors";
import { inTransaction } from "../server/transaction";
import type { ProfileInput } from "./settings-schemas";

/** Name, purpose, description, language, visibility and the churn window, audited. */
export async function updateProfile(params: { communityId: string; actorId: string; profile: Omit<ProfileInput, "slug"> }): Promise<void> {
  await inTransaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ name: string; purpose: string; description: string; language: string; visibility: string; inactiveAfterDays: number }[]>`
      SELECT name, purpose, description, language, visibility::text AS visibility, inactive_after_days AS "inactiveAfterDays"
        FROM communities WHERE id = ${params.communityId}::uuid FOR NO KEY UPDATE`;
    if (!before) throw new AppError("not_found");
    const change = changedFields(before, params.profile);
    if (!change) return;
    await tx.community.update({ where: { id: params.communityId }, data: params.profile });
    await recordAudit(tx, {
      communityId: params.communityId,
      actorId: params.actorId,
      action: "community.profile_updated",
      targetType: "community",
      targetId: params.communityId,
      before: change.before as Prisma.InputJsonObject,
      after: change.after as Prisma.InputJsonObject,
    });
  });
}
