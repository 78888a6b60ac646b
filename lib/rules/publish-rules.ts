import type { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../server/errors";
import { inTransaction } from "../server/transaction";
import type { RuleList } from "./schemas";

/**
 * Publishes the group rules (群规) as a new immutable version. Members accept the
 * new version before they post again (lib/rules/accept-rules.ts).
 */
export async function publishRules(params: { communityId: string; actorId: string; rules: RuleList }): Promise<{ version: number }> {
  return inTransaction(async (tx) => {
    // Serialise publications per community so versions are consecutive.
    const [community] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM communities WHERE id = ${params.communityId}::uuid FOR NO KEY UPDATE`;
    if (!community) throw new AppError("not_found");
    const previous = await tx.ruleSetVersion.findFirst({
      where: { communityId: params.communityId },
      orderBy: { version: "desc" },
      select: { version: true, rules: { orderBy: { position: "asc" }, select: { title: true, severity: true, checkKind: true } } },
    });
    const version = (previous?.version ?? 0) + 1;
    const created = await tx.ruleSetVersion.create({
      data: {
        communityId: params.communityId,
        version,
        publishedById: params.actorId,
        rules: {
          create: params.rules.map((rule, position) => ({
            position,
            title: rule.title,
            explanation: rule.explanation,
            severity: rule.severity,
            checkKind: rule.check?.kind ?? null,
            checkParams: rule.check ? (rule.check.params as Prisma.InputJsonObject) : undefined,
          })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      communityId: params.communityId,
      actorId: params.actorId,
      action: "rules.published",
      targetType: "rule_set_version",
      targetId: created.id,
      before: previous ? { version: previous.version, rules: previous.rules } : null,
      after: { version, rules: params.rules.map((rule) => ({ title: rule.title, severity: rule.severity, checkKind: rule.check?.kind ?? null })) },
    });
    return { version };
  });
}
