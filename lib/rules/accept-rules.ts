import { AppError } from "../server/errors";
import { inTransaction } from "../server/transaction";

/** A member accepts the current version of the group rules (the one they read). */
export async function acceptRules(params: { communityId: string; userId: string; version: number }): Promise<void> {
  await inTransaction(async (tx) => {
    const current = await tx.ruleSetVersion.findFirst({ where: { communityId: params.communityId }, orderBy: { version: "desc" }, select: { id: true, version: true } });
    if (!current) throw new AppError("not_found");
    if (current.version !== params.version) throw AppError.field("rules_changed", "rulesVersion");
    const membership = await tx.membership.findUnique({
      where: { communityId_userId: { communityId: params.communityId, userId: params.userId } },
      select: { id: true, status: true },
    });
    if (!membership || membership.status !== "ACTIVE") throw new AppError("forbidden");
    await tx.membership.update({ where: { id: membership.id }, data: { acceptedRuleSetVersionId: current.id } });
    await tx.ruleAcceptance.upsert({
      where: { membershipId_ruleSetVersionId: { membershipId: membership.id, ruleSetVersionId: current.id } },
      create: { membershipId: membership.id, ruleSetVersionId: current.id },
      update: {},
    });
  });
}
