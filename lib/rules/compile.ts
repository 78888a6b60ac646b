import { type Automaton, buildAutomaton } from "./aho-corasick";
import { toAsciiHost } from "./domains";
import type { RuleSeverity } from "./limits";
import { normaliseText } from "./normalise";
import type { RuleCheck } from "./schemas";
import type { RuleToCompile } from "./types";
import { isSpacedWordCodePoint } from "./word-chars";

// Turns a rule set into what evaluation needs, once per published version: one automaton
// over the banned words of every rule, host sets for allowed domains, and the checkable
// rules in the order their violations are reported.

export type CompiledRule = {
  id?: string;
  position: number;
  title: string;
  severity: RuleSeverity;
  check: RuleCheck;
  /** ALLOWED_DOMAINS: the ASCII forms of the allowed hosts. */
  allowedHosts?: ReadonlySet<string>;
  /** BANNED_WORDS: this rule's index among the banned-word rules. */
  bannedSlot?: number;
};

/** Who banned a pattern: the rule (by banned slot), the word as the owner wrote it. */
export type PatternOwner = { slot: number; word: string; wholeWord: boolean };

export const NEEDS_START_BOUNDARY = 1;
export const NEEDS_END_BOUNDARY = 2;

export type CompiledRuleSet = {
  /** Checkable rules, sorted: BLOCK before WARN, then by position. */
  readonly rules: readonly CompiledRule[];
  readonly automaton: Automaton;
  readonly patternOwners: readonly (readonly PatternOwner[])[];
  /** Per pattern: which ends must sit on a word boundary under whole_word matching. */
  readonly patternBoundaries: Uint8Array;
  readonly bannedRuleCount: number;
  readonly needsLinks: boolean;
};

function boundariesOf(pattern: string): number {
  const first = pattern.codePointAt(0) ?? -1;
  const lastUnit = pattern.charCodeAt(pattern.length - 1);
  const last = lastUnit >= 0xdc00 && lastUnit <= 0xdfff ? (pattern.codePointAt(pattern.length - 2) ?? -1) : lastUnit;
  return (isSpacedWordCodePoint(first) ? NEEDS_START_BOUNDARY : 0) | (isSpacedWordCodePoint(last) ? NEEDS_END_BOUNDARY : 0);
}

const SEVERITY_ORDER: Record<RuleSeverity, number> = { BLOCK: 0, WARN: 1 };

/** Compiles validated rules (see schemas.ts). Guidance-only rules (check: null) are
 *  dropped: they never produce violations. */
export function compileRuleSet(rules: readonly RuleToCompile[]): CompiledRuleSet {
  const checkable: CompiledRule[] = [];
  const patterns: string[] = [];
  const patternIndex = new Map<string, number>();
  const patternOwners: PatternOwner[][] = [];
  let bannedRuleCount = 0;

  rules.forEach((rule, index) => {
    const { check } = rule;
    if (check === null) return;
    const compiled: CompiledRule = { position: rule.position ?? index + 1, title: rule.title, severity: rule.severity, check };
    if (rule.id !== undefined) compiled.id = rule.id;
    if (check.kind === "BANNED_WORDS") {
      const slot = bannedRuleCount++;
      compiled.bannedSlot = slot;
      for (const word of check.params.words) {
        const pattern = normaliseText(word);
        if (pattern === "") continue; // the schema refuses these; never match everything
        let id = patternIndex.get(pattern);
        if (id === undefined) {
          id = patterns.length;
          patterns.push(pattern);
          patternIndex.set(pattern, id);
          patternOwners.push([]);
        }
        (patternOwners[id] as PatternOwner[]).push({ slot, word: word.trim(), wholeWord: check.params.match === "whole_word" });
      }
    } else if (check.kind === "ALLOWED_DOMAINS") {
      const hosts = new Set<string>();
      for (const domain of check.params.domains) {
        const ascii = toAsciiHost(domain);
        if (ascii !== null) hosts.add(ascii);
      }
      compiled.allowedHosts = hosts;
    }
    checkable.push(compiled);
  });

  checkable.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.position - b.position);
  return {
    rules: checkable,
    automaton: buildAutomaton(patterns),
    patternOwners,
    patternBoundaries: Uint8Array.from(patterns, boundariesOf),
    bannedRuleCount,
    needsLinks: checkable.some((rule) => rule.check.kind === "MAX_LINKS" || rule.check.kind === "ALLOWED_DOMAINS"),
  };
}
