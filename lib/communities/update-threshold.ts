import type { Prisma } from "../generated/prisma/client";
import type { EntryMode, InviterPolicy } from "../generated/prisma/enums";
import { changedFields } from "../audit/changes";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../server/errors";
import { inTransaction } from "../server/transaction";

export type Threshold = {
  entryMode: EntryMode;
  feeAmountMinor: number;
  feeCurrency: string;
  inviterPolicy: InviterPolicy;
  invitationQuota: number | null;
  reapplyCooldownDays: number;
};

/** The entry threshold (入群门槛): how people get in, and what it costs. */
export async function updateThreshold(params: { communityId: string; actorId: string; threshold: Threshold }): Promise<void> {
  await inTransaction(async (tx) => {
    const [before] = await tx.$queryRaw<Threshold[]>`
      SELECT entry_mode::text AS "entryMode", fee_amount_minor AS "feeAmountMinor", fee_currency AS "feeCurrency",
             inviter_policy::text AS "inviterPolicy", invitation_quota AS "invitationQuota", reapply_cooldown_days AS "reapplyCooldownDays"
        FROM communities WHERE id = ${params.communityId}::uuid FOR NO KEY UPDATE`;
    if (!before) throw new AppError("not_found");
    const change = changedFields(before, params.threshold);
    if (!change) return;
    await tx.community.update({ where: { id: params.communityId }, data: params.threshold });
    await recordAudit(tx, {
      communityId: params.communityId,
      actorId: params.actorId,
      action: "community.threshold_updated",
      targetType: "community",
      targetId: params.communityId,
      before: change.before as Prisma.InputJsonObject,
      after: change.after as Prisma.InputJsonObject,
    });
  });
}
