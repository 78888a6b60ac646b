import type { Prisma } from "../generated/prisma/client";
import type { DbClient } from "../server/prisma";

export type AuditEntry = {
  communityId: string | null;
  actorId: string | null;
  /** dotted verb, e.g. "community.created", "culture.updated" */
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Writes one audit entry; call it with the transaction that makes the change. */
export async function recordAudit(tx: DbClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      communityId: entry.communityId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
