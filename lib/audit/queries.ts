import "server-only";
import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../server/db";

export const auditParams = z.object({
  action: z
    .string()
    .regex(/^[a-z_.]{1,60}$/)
    .optional()
    .catch(undefined),
  actor: z.string().trim().max(100).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AuditParams = z.infer<typeof auditParams>;

const PAGE_SIZE = 30;

/** A community's audit log, newest first, filterable by action, actor and dates. */
export async function listAuditEntries(communityId: string, params: AuditParams) {
  const where: Prisma.AuditLogWhereInput = {
    communityId,
    ...(params.action ? { action: { startsWith: params.action } } : {}),
    ...(params.actor ? { actor: { OR: [{ name: { contains: params.actor, mode: "insensitive" } }, { email: { contains: params.actor, mode: "insensitive" } }] } } : {}),
    ...(params.from || params.to
      ? { createdAt: { ...(params.from ? { gte: new Date(`${params.from}T00:00:00Z`) } : {}), ...(params.to ? { lt: new Date(new Date(`${params.to}T00:00:00Z`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  const [total, entries, actions] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, action: true, targetType: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db.auditLog.findMany({ where: { communityId }, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), entries, actions: actions.map((row) => row.action) };
}
