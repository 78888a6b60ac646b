import type { RuleCheckKind, RuleSeverity } from "./limits";
import type { RuleCheck } from "./schemas";

/** A rule as the engine needs it: a validated draft plus where it sits in the rule set. */
export type RuleToCompile = {
  id?: string;
  /** The rule's number as members see it; defaults to its 1-based index in the list. */
  position?: number;
  title: string;
  severity: RuleSeverity;
  check: RuleCheck | null;
};

export type Candidate = { body: string; title?: string };

/** One of the member's own earlier posts (not the one being checked). `bodyHash` (from
 *  normalisedBodyHash, as stored in posts.body_hash) is preferred; `body` is hashed when
 *  no hash is given. Posts outside every window may be left out. */
export type RecentPost = { createdAt: Date; bodyHash?: string; body?: string };

/** RATE_LIMIT counts recent posts created after `now` minus its window, plus the new
 *  one; NO_DUPLICATES compares bodies within its window. */
export type EvaluationContext = { now: Date; recentPosts: readonly RecentPost[] };

/** Why a rule refused a post: a message key under `rules.reasons` and its values. */
export type ViolationReason =
  | { code: "banned_word"; values: { word: string; field: "title" | "body" } }
  | { code: "too_many_links"; values: { count: number; max: number } }
  | { code: "domain_not_allowed"; values: { domain: string; count: number } }
  | { code: "too_short"; values: { length: number; min: number } }
  | { code: "too_long"; values: { length: number; max: number } }
  | { code: "too_many_posts"; values: { count: number; maxPosts: number; windowMinutes: number; retryAfterMinutes: number } }
  | { code: "duplicate_post"; values: { postedAt: string; minutesAgo: number; windowHours: number } };

export type ViolationCode = ViolationReason["code"];

export type Violation = {
  ruleId?: string;
  position: number;
  title: string;
  severity: RuleSeverity;
  kind: RuleCheckKind;
  reason: ViolationReason;
};
