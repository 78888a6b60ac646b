// What the Insights numbers mean, in one place (docs/decisions/005-retention-definitions.md).
// Framework-free: the SQL functions analytics_is_active_kind / analytics_is_contribution_kind
// in the rollups migration mirror these lists, and a test keeps them in step.

/** Events that make a member "active" (engaged) on the day they happen. */
export const ACTIVE_KINDS = ["VISITED", "POSTED", "COMMENTED", "EVENT_ATTENDED"] as const;

/** Events that are a contribution (content or taking part), for the activation funnel. */
export const CONTRIBUTION_KINDS = ["POSTED", "COMMENTED", "EVENT_ATTENDED"] as const;

/** A first contribution counts for activation when it comes this many days after joining, at most. */
export const FIRST_CONTRIBUTION_DAYS = 7;

/** "Still active in week 4": active on some day 21–27 days after the first join. */
export const WEEK_FOUR_FIRST_DAY = 21;
export const WEEK_FOUR_LAST_DAY = 27;

/** The longest range a dashboard may ask for. */
export const MAX_RANGE_DAYS = 3 * 366;

/** The range shown when the URL names none: the last twelve weeks. */
export const DEFAULT_RANGE_DAYS = 12 * 7;

/** Periods: UTC calendar days, ISO weeks starting on Monday, calendar months. */
export const grains = ["week", "month"] as const;
export type Grain = (typeof grains)[number];

export const entryPaths = ["OPEN", "APPLICATION", "INVITATION", "FOUNDER"] as const;
export type EntryPathKey = (typeof entryPaths)[number];

/** How a chart may be split into series. */
export const splits = ["none", "paid", "entry"] as const;
export type Split = (typeof splits)[number];

/** Stored in the rollups for "no node" so the node can be part of a key. */
export const NO_NODE = "00000000-0000-0000-0000-000000000000";

/** The rollups keep each count twice: under the member's node and under this "all nodes" key. */
export const ALL_NODES = "ffffffff-ffff-ffff-ffff-ffffffffffff";

/** The Insights cards, in page order; each has its own CSV export. */
export const cards = ["cohorts", "active", "churn", "funnel", "waves"] as const;
export type CardId = (typeof cards)[number];

export function isCardId(value: string): value is CardId {
  return (cards as readonly string[]).includes(value);
}
