import { db } from "../server/db";

const VISIT_GAP_MS = 60 * 60 * 1000;
const VIEW_GAP_MS = 24 * 60 * 60 * 1000;

export type VisitOutcome = "visited" | "viewed" | "already_counted";

/**
 * A look at a community page. Members' visits count as activity (VISITED, at most
 * one an hour); anyone else's is a view (VIEWED, at most one a day per person; an
 * anonymous view has no person) — the first step of the activation funnel.
 */
export async function recordVisit(params: { communityId: string; viewerId: string | null; now?: Date }): Promise<VisitOutcome> {
  const now = params.now ?? new Date();
  if (!params.viewerId) {
    await db.activityEvent.create({ data: { communityId: params.communityId, kind: "VIEWED", occurredAt: now } });
    return "viewed";
  }
  const membership = await db.membership.findUnique({
    where: { communityId_userId: { communityId: params.communityId, userId: params.viewerId } },
    select: { status: true, nodeId: true },
  });
  const isMember = membership?.status === "ACTIVE";
  const kind = isMember ? "VISITED" : "VIEWED";
  const since = new Date(now.getTime() - (isMember ? VISIT_GAP_MS : VIEW_GAP_MS));
  const recent = await db.activityEvent.findFirst({
    where: { communityId: params.communityId, userId: params.viewerId, kind, occurredAt: { gte: since } },
    select: { id: true },
  });
  if (recent) return "already_counted";
  await db.activityEvent.create({
    data: { communityId: params.communityId, userId: params.viewerId, kind, nodeId: isMember ? membership.nodeId : null, occurredAt: now },
  });
  return isMember ? "visited" : "viewed";
}
