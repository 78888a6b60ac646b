import { type CompiledRule, type CompiledRuleSet, NEEDS_END_BOUNDARY, NEEDS_START_BOUNDARY } from "./compile";
import { hostAndParents } from "./domains";
import { bodyHashLengthPrefix, hashUnits } from "./hash";
import { extractLinks, type FoundLink } from "./links";
import { normalisedBodyHash, type PreparedText, prepareText } from "./normalise";
import type { Candidate, EvaluationContext, Violation, ViolationReason } from "./types";
import { codePointAt, codePointBefore, isSpacedWordCodePoint } from "./word-chars";

// Checks one post against a compiled rule set. Each text (title, body) goes through one
// pass that normalises it and finds the banned words of all rules at once; links, the
// member's recent posts and the body hash are each worked out once for all rules.

type Field = "title" | "body";
type BannedHit = { word: string; field: Field };
type PreparedField = { field: Field; text: PreparedText };

function isOnWordBoundary(text: PreparedText, start: number, end: number, boundaries: number): boolean {
  if (boundaries & NEEDS_START_BOUNDARY && isSpacedWordCodePoint(codePointBefore(text.units, start))) return false;
  if (boundaries & NEEDS_END_BOUNDARY && isSpacedWordCodePoint(codePointAt(text.units, text.length, end))) return false;
  return true;
}

function findBannedWords(compiled: CompiledRuleSet, fields: readonly PreparedField[]): (BannedHit | undefined)[] {
  const hits: (BannedHit | undefined)[] = new Array(compiled.bannedRuleCount);
  const automaton = compiled.automaton;
  let remaining = compiled.bannedRuleCount;
  for (const { field, text } of fields) {
    const { matches } = text;
    for (let m = 0; m < matches.length && remaining > 0; m += 2) {
      const pattern = matches[m] as number;
      const end = matches[m + 1] as number;
      const start = end - (automaton.patternLength[pattern] as number);
      const boundaries = compiled.patternBoundaries[pattern] as number;
      for (const owner of compiled.patternOwners[pattern] ?? []) {
        if (hits[owner.slot] !== undefined) continue;
        if (owner.wholeWord && boundaries !== 0 && !isOnWordBoundary(text, start, end, boundaries)) continue;
        hits[owner.slot] = { word: owner.word, field };
        remaining--;
      }
    }
  }
  return hits;
}

const MINUTE = 60_000;

/** What the time-based checks need from the member's recent posts, worked out once per
 *  evaluation however many rules use it. */
type History = {
  /** createdAt of each recent post in milliseconds, newest first. */
  times: number[];
  /** Recent posts whose normal form has this post's length (the only possible repeats). */
  sameLength: { time: number; hash: string }[];
};

function readHistory(body: PreparedText, context: EvaluationContext): History {
  const times = context.recentPosts.map((post) => post.createdAt.getTime()).sort((a, b) => b - a);
  // Stored hashes start with the normal form's length, so most posts are ruled out as
  // repeats without hashing this one.
  const lengthPrefix = bodyHashLengthPrefix(body.length);
  const sameLength: History["sameLength"] = [];
  for (const post of context.recentPosts) {
    const hash = post.bodyHash ?? (post.body !== undefined ? normalisedBodyHash(post.body) : undefined);
    if (hash !== undefined && hash.startsWith(lengthPrefix)) sameLength.push({ time: post.createdAt.getTime(), hash });
  }
  return { times, sameLength };
}

function checkRateLimit(maxPosts: number, windowMinutes: number, now: number, history: History): ViolationReason | null {
  const since = now - windowMinutes * MINUTE;
  let inWindow = 0;
  while (inWindow < history.times.length && (history.times[inWindow] as number) > since) inWindow++;
  const count = inWindow + 1; // the new post counts too
  if (count <= maxPosts) return null;
  // The member may post again once the maxPosts-th newest earlier post leaves the window.
  const blocking = history.times[maxPosts - 1] as number;
  const retryAfterMinutes = Math.max(1, Math.ceil((blocking + windowMinutes * MINUTE - now) / MINUTE));
  return { code: "too_many_posts", values: { count, maxPosts, windowMinutes, retryAfterMinutes } };
}

function checkDuplicates(windowHours: number, facts: PostFacts): ViolationReason | null {
  const { now } = facts;
  const since = now - windowHours * 60 * MINUTE;
  let latest = -Infinity;
  for (const post of facts.history().sameLength) {
    if (post.time > since && post.time > latest && post.hash === facts.bodyHash()) latest = post.time;
  }
  if (latest === -Infinity) return null;
  const minutesAgo = Math.max(0, Math.floor((now - latest) / MINUTE));
  return { code: "duplicate_post", values: { postedAt: new Date(latest).toISOString(), minutesAgo, windowHours } };
}

/** What the checks read about a post, each part worked out at most once per evaluation
 *  (a class, not an object of closures: no functions are created per evaluation). */
class PostFacts {
  readonly body: PreparedText;
  readonly links: FoundLink[];
  readonly banned: (BannedHit | undefined)[];
  readonly now: number;
  private readonly context: EvaluationContext;
  private linkNamesMemo: string[][] | undefined;
  private historyMemo: History | undefined;
  private bodyHashMemo: string | undefined;

  constructor(body: PreparedText, links: FoundLink[], banned: (BannedHit | undefined)[], context: EvaluationContext) {
    this.body = body;
    this.links = links;
    this.banned = banned;
    this.context = context;
    this.now = context.now.getTime();
  }

  /** Per link, its host and parent domains (see domains.ts). */
  linkNames(): string[][] {
    return (this.linkNamesMemo ??= this.links.map((link) => hostAndParents(link.host)));
  }

  history(): History {
    return (this.historyMemo ??= readHistory(this.body, this.context));
  }

  bodyHash(): string {
    return (this.bodyHashMemo ??= hashUnits(this.body.units, this.body.length));
  }
}

function checkRule(rule: CompiledRule, facts: PostFacts): ViolationReason | null {
  const { check } = rule;
  switch (check.kind) {
    case "BANNED_WORDS": {
      const hit = facts.banned[rule.bannedSlot as number];
      return hit ? { code: "banned_word", values: hit } : null;
    }
    case "MAX_LINKS":
      return facts.links.length > check.params.max ? { code: "too_many_links", values: { count: facts.links.length, max: check.params.max } } : null;
    case "ALLOWED_DOMAINS": {
      const allowed = rule.allowedHosts ?? new Set<string>();
      const names = facts.linkNames();
      const refused = facts.links.filter((_, index) => !(names[index] as string[]).some((name) => allowed.has(name)));
      const first = refused[0];
      return first ? { code: "domain_not_allowed", values: { domain: first.host, count: refused.length } } : null;
    }
    case "LENGTH": {
      const length = facts.body.codePoints;
      if (length < check.params.min) return { code: "too_short", values: { length, min: check.params.min } };
      if (length > check.params.max) return { code: "too_long", values: { length, max: check.params.max } };
      return null;
    }
    case "RATE_LIMIT":
      return checkRateLimit(check.params.maxPosts, check.params.windowMinutes, facts.now, facts.history());
    case "NO_DUPLICATES":
      return checkDuplicates(check.params.windowHours, facts);
  }
}

/** The rules a post breaks, most serious first (BLOCK before WARN, then by position).
 *  Rules without a check never appear. Pure and synchronous. */
export function evaluate(compiled: CompiledRuleSet, candidate: Candidate, context: EvaluationContext): Violation[] {
  if (compiled.rules.length === 0) return [];
  const { automaton } = compiled;
  const body = prepareText(candidate.body, automaton);
  const fields: PreparedField[] = [];
  if (candidate.title) fields.push({ field: "title", text: prepareText(candidate.title, automaton) });
  fields.push({ field: "body", text: body });

  let links: FoundLink[] = [];
  if (compiled.needsLinks) for (const { text } of fields) links = links.concat(extractLinks(text));
  const facts = new PostFacts(body, links, findBannedWords(compiled, fields), context);

  const violations: Violation[] = [];
  for (const rule of compiled.rules) {
    const reason = checkRule(rule, facts);
    if (reason === null) continue;
    const violation: Violation = { position: rule.position, title: rule.title, severity: rule.severity, kind: rule.check.kind, reason };
    if (rule.id !== undefined) violation.ruleId = rule.id;
    violations.push(violation);
  }
  return violations;
}

/** True when a violation refuses the post (any BLOCK); WARN ones only warn. */
export function isRefused(violations: readonly Violation[]): boolean {
  return violations.some((violation) => violation.severity === "BLOCK");
}
