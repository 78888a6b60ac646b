import "server-only";
import { cache } from "react";
import { slugParam } from "../communities/schemas";
import { db } from "../server/db";
import { getViewer } from "../server/session";
import { activationFunnel } from "./activation-funnel";
import { activeMembers } from "./active-members";
import type { CardQuery } from "./card-query";
import { churn } from "./churn";
import { cohortRetention } from "./cohort-retention";
import { toIsoDate } from "./dates";
import type { CardId } from "./definitions";
import { effectiveNode, type InsightsAccess, resolveInsightsAccess } from "./policy";
import { referralWaves } from "./referral-waves";
import type { CardData } from "./queries-types";
import { type FilterProblem, type InsightsFilters, parseInsightsFilters } from "./schemas";

// Entry points for the Insights page and its CSV route. Both go through
// loadInsightsRequest, so the page and every download are authorised the same way.

export type InsightsRequest = {
  access: InsightsAccess;
  filters: InsightsFilters;
  problems: FilterProblem[];
  query: CardQuery;
};

/** null → the caller answers 404 (unknown community, or the viewer may not see its insights). */
export const loadInsightsRequest = cache(
  async (rawSlug: string, searchParams: Record<string, string | string[] | undefined>): Promise<InsightsRequest | null> => {
    const slug = slugParam.safeParse(rawSlug);
    if (!slug.success) return null;
    const viewer = await getViewer();
    const access = await resolveInsightsAccess(db, { slug: slug.data, userId: viewer?.id ?? null });
    if (!access) return null;

    const today = toIsoDate(new Date());
    const parsed = parseInsightsFilters(searchParams, today);
    const problems = parsed.ok ? [] : parsed.problems;
    let filters = parsed.ok ? parsed.filters : parsed.fallback;
    let node = effectiveNode(access, filters);
    if (!node.ok) {
      problems.push({ field: "node", code: "unknown_node" });
      filters = { ...filters, node: null };
      node = effectiveNode(access, filters);
    }
    const nodeId = node.ok ? node.nodeId : null;
    return { access, filters, problems, query: { communityId: access.community.id, nodeId, filters, today } };
  },
);

export type { CardData };

/** A card's answer, or a failure the card shows as its own error state (the rest of the page still works). */
export type CardResult<Card extends CardId> = { ok: true; data: CardData[Card] } | { ok: false };

const loaders: { [Card in CardId]: (query: CardQuery) => Promise<CardData[Card]> } = {
  cohorts: (query) => cohortRetention(db, query),
  active: (query) => activeMembers(db, query),
  churn: (query) => churn(db, query),
  funnel: (query) => activationFunnel(db, query),
  waves: (query) => referralWaves(db, query),
};

export async function loadCard<Card extends CardId>(card: Card, query: CardQuery): Promise<CardResult<Card>> {
  try {
    return { ok: true, data: await loaders[card](query) };
  } catch (error) {
    console.error(`[insights] the ${card} card failed`, error);
    return { ok: false };
  }
}

/** Whether the community has any recorded activity or members besides its founder (for the empty state). */
export async function hasInsightsData(communityId: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ present: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM analytics_member_periods WHERE community_id = ${communityId}::uuid)
        OR EXISTS (SELECT 1 FROM analytics_user_facts WHERE community_id = ${communityId}::uuid AND entry_path IS DISTINCT FROM 'FOUNDER') AS present`;
  return row?.present ?? false;
}
