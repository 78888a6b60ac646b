import { Prisma } from "../generated/prisma/client";
import type { DbClient } from "../server/prisma";
import { ALL_NODES, NO_NODE, type Split } from "./definitions";
import type { InsightsFilters } from "./schemas";

// What every card query receives: the community, the node it is limited to (a node
// leader's node, or the node filter), the validated filters and "today" (UTC date),
// passed in so answers are reproducible in tests and benchmarks.

export type CardQuery = {
  communityId: string;
  nodeId: string | null;
  filters: InsightsFilters;
  today: string;
};

export type { DbClient };

// Aliases below are constants from this codebase, never user input; every value is a
// bound parameter.

/**
 * Member-attribute filters (paid/free, entry path, node). Rollup tables keep every count
 * under the member's node and under ALL_NODES, so they match one node key exactly;
 * per-member rows (facts, memberships) match their own node column when a node is asked for.
 */
export function attributeFilter(query: CardQuery, alias: string, source: "rollup" | "member" | "membership" = "rollup"): Prisma.Sql {
  const table = Prisma.raw(alias);
  const paid = query.filters.paid === "all" ? null : query.filters.paid === "paid";
  const entry = query.filters.entry === "all" ? null : query.filters.entry;
  const attributes = Prisma.sql`(${paid}::boolean IS NULL OR ${table}.is_paid = ${paid}::boolean)
    AND (${entry}::text IS NULL OR ${table}.entry_path::text = ${entry}::text)`;
  if (source === "rollup") return Prisma.sql`${attributes} AND ${table}.node_key = coalesce(${query.nodeId}::uuid, ${ALL_NODES}::uuid)`;
  const node = Prisma.raw(source === "member" ? `${alias}.node_key` : `coalesce(${alias}.node_id, '${NO_NODE}'::uuid)`);
  return Prisma.sql`${attributes} AND (${query.nodeId}::uuid IS NULL OR ${node} = ${query.nodeId}::uuid)`;
}

/** Whether any member-attribute filter is on (then visitors who are not members drop out). */
export function hasAttributeFilter(query: CardQuery): boolean {
  return query.filters.paid !== "all" || query.filters.entry !== "all" || query.nodeId !== null;
}

/** The series a row belongs to under the chosen split. */
export function segmentExpression(split: Split, alias: string): Prisma.Sql {
  const table = Prisma.raw(alias);
  return Prisma.sql`CASE ${split}::text
    WHEN 'paid' THEN CASE WHEN ${table}.is_paid THEN 'paid' ELSE 'free' END
    WHEN 'entry' THEN ${table}.entry_path::text
    ELSE 'all' END`;
}
