import { can } from "../server/authz";
import type { DbClient } from "../server/prisma";
import type { InsightsFilters } from "./schemas";

// Who may see a community's insights, and how much of it:
//   owner / admin (permission "community.insights.view") → the whole community;
//   an active node leader (NodeLeadership ACTIVE, membership ACTIVE) → only their node(s);
//   anyone else → nothing, and the caller answers 404 so the community's existence
//   and its numbers are not revealed.

export type InsightsNode = { id: string; name: string };
export type InsightsAccess = {
  community: { id: string; slug: string; name: string; inactiveAfterDays: number };
  scope: "community" | "node";
  /** Nodes the viewer may filter by: every node for admins, their own for leaders. */
  nodes: InsightsNode[];
};

export async function resolveInsightsAccess(db: DbClient, params: { slug: string; userId: string | null }): Promise<InsightsAccess | null> {
  if (!params.userId) return null;
  const community = await db.community.findUnique({
    where: { slug: params.slug },
    select: {
      id: true,
      slug: true,
      name: true,
      inactiveAfterDays: true,
      memberships: { where: { userId: params.userId, status: "ACTIVE" }, select: { id: true, role: true } },
    },
  });
  const membership = community?.memberships[0];
  if (!community || !membership) return null;
  const { memberships: _memberships, ...summary } = community;

  if (can({ userId: params.userId, communityRole: membership.role }, "community.insights.view")) {
    const nodes = await db.node.findMany({ where: { communityId: community.id }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
    return { community: summary, scope: "community", nodes };
  }
  const led = await db.nodeLeadership.findMany({
    where: { membershipId: membership.id, status: "ACTIVE", node: { communityId: community.id } },
    orderBy: { node: { name: "asc" } },
    select: { node: { select: { id: true, name: true } } },
  });
  if (led.length === 0) return null;
  return { community: summary, scope: "node", nodes: led.map((leadership) => leadership.node) };
}

/**
 * The node every card query is limited to: a leader's node (the filter may only pick
 * among their own), or the admin's node filter. An unknown node — of another
 * community, or made up — is a filter problem, never a way around the scope.
 */
export function effectiveNode(access: InsightsAccess, filters: InsightsFilters): { ok: true; nodeId: string | null } | { ok: false } {
  if (filters.node !== null) {
    return access.nodes.some((node) => node.id === filters.node) ? { ok: true, nodeId: filters.node } : { ok: false };
  }
  if (access.scope === "node") return { ok: true, nodeId: access.nodes[0]?.id ?? null };
  return { ok: true, nodeId: null };
}
