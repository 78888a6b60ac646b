import { Prisma } from "../generated/prisma/client";
import type { DbClient } from "../server/prisma";
import { NO_NODE, type Split } from "./definitions";
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

/** Member-attribute filters (paid/free, entry path, node) on a row with is_paid / entry_path and a node column. */
export function attributeFilter(query: CardQuery, alias: string, nodeColumn = "node_key"): Prisma.Sql {
  const table = Prisma.raw(alias);
  const node = Prisma.raw(nodeColumn === "node_key" ? `${alias}.node_key` : `coalesce(${alias}.${nodeColumn}, '${NO_NODE}'::uuid)`);
  const paid = query.filters.paid === "all" ? null : query.filters.paid === "paid";
  const entry = query.filters.entry === "all" ? null : query.filters.entry;
  return Prisma.sql`(${paid}::boolean IS NULL OR ${table}.is_paid = ${paid}::boolean)
    AND (${entry}::text IS NULL OR ${table}.entry_path::text = ${entry}::text)
    AND (${query.nodeId}::uuid IS NULL OR ${node} = ${query.nodeId}::uuid)`;
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
