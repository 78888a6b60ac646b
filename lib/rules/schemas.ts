import { z } from "zod";
import { toAsciiHost } from "./domains";
import { RULE_CHECK_KINDS, RULE_LIMITS, RULE_SEVERITIES } from "./limits";
import { normaliseText } from "./normalise";

// Zod schemas for 群规 (group rules): each check kind's parameters, one rule draft, and a
// whole rule list. Problems with a meaning of their own carry a snake_case message, which
// lib/shared/zod-problems.ts turns into an `errors.*` code; the rest use the generic codes
// (too_many, too_long, too_large, …) with their bounds.

const L = RULE_LIMITS;

/** An array whose length is checked before its items are parsed, so a 100,000-item list
 *  costs one "too_many" issue instead of 100,000 item parses (and issues). */
function boundedArray<T extends z.ZodType>(item: T, max: number) {
  return z.array(z.unknown()).min(1).max(max).pipe(z.array(item));
}

const count = (min: number, max: number) => z.number().int().min(min).max(max);

const bannedWord = z.string().trim().min(1).max(L.bannedWordLengthMax);

export const bannedWordsParams = z.strictObject({
  words: boundedArray(bannedWord, L.bannedWordsMax).superRefine((words, ctx) => {
    // Two entries are the same word when their normal forms are (Spam, ＳＰＡＭ, s\u200Bpam).
    const seen = new Set<string>();
    words.forEach((word, index) => {
      const normal = normaliseText(word);
      if (normal === "") ctx.addIssue({ code: "custom", message: "banned_word_blank", path: [index] });
      else if (seen.has(normal)) ctx.addIssue({ code: "custom", message: "banned_word_duplicate", path: [index] });
      seen.add(normal);
    });
  }),
  /** whole_word: a word written in letters that use spaces (Latin, Cyrillic, …) only
   *  matches on its own ("ad" not inside "address"); Chinese and Japanese always match
   *  anywhere. anywhere: every occurrence counts. */
  match: z.enum(["whole_word", "anywhere"]).default("whole_word"),
});

export const maxLinksParams = z.strictObject({ max: count(0, L.maxLinksMax) });

const allowedDomain = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(L.domainLengthMax)
  .refine((domain) => toAsciiHost(domain) !== null, { message: "domain_invalid" });

export const allowedDomainsParams = z.strictObject({
  domains: boundedArray(allowedDomain, L.allowedDomainsMax).superRefine((domains, ctx) => {
    const seen = new Set<string>();
    domains.forEach((domain, index) => {
      const ascii = toAsciiHost(domain) ?? domain;
      if (seen.has(ascii)) ctx.addIssue({ code: "custom", message: "domain_duplicate", path: [index] });
      seen.add(ascii);
    });
  }),
});

export const lengthParams = z
  .strictObject({ min: count(0, L.lengthMax), max: count(0, L.lengthMax) })
  .refine((params) => params.min <= params.max, { message: "rule_min_exceeds_max", path: ["max"] });

export const rateLimitParams = z.strictObject({
  maxPosts: count(1, L.ratePostsMax),
  windowMinutes: count(1, L.rateWindowMinutesMax),
});

export const noDuplicatesParams = z.strictObject({ windowHours: count(1, L.duplicateWindowHoursMax) });

const checkOf = <K extends (typeof RULE_CHECK_KINDS)[number], P extends z.ZodType>(kind: K, params: P) =>
  z.strictObject({ kind: z.literal(kind), params });

export const ruleCheck = z.discriminatedUnion(
  "kind",
  [
    checkOf("BANNED_WORDS", bannedWordsParams),
    checkOf("MAX_LINKS", maxLinksParams),
    checkOf("ALLOWED_DOMAINS", allowedDomainsParams),
    checkOf("LENGTH", lengthParams),
    checkOf("RATE_LIMIT", rateLimitParams),
    checkOf("NO_DUPLICATES", noDuplicatesParams),
  ],
  { error: (issue) => (issue.code === "invalid_union" ? "rule_check_kind_unknown" : undefined) },
);
export type RuleCheck = z.output<typeof ruleCheck>;
export type RuleCheckInput = z.input<typeof ruleCheck>;
export type RuleCheckOf<K extends RuleCheck["kind"]> = Extract<RuleCheck, { kind: K }>;

export const ruleDraft = z.object({
  title: z.string().trim().min(1).max(L.titleMax),
  explanation: z.string().trim().max(L.explanationMax).default(""),
  severity: z.enum(RULE_SEVERITIES).default("BLOCK"),
  /** null: guidance only — people read it, the server does not check it. */
  check: ruleCheck.nullable().default(null),
});
export type RuleDraft = z.output<typeof ruleDraft>;
export type RuleDraftInput = z.input<typeof ruleDraft>;

export const ruleList = z
  .array(z.unknown())
  .max(L.rulesPerSet)
  .pipe(z.array(ruleDraft))
  .superRefine((rules, ctx) => {
    // 50 lists of 500 words of 100 characters would compile to millions of automaton
    // states (seconds and hundreds of MB); the whole set gets one budget instead.
    let characters = 0;
    for (const rule of rules) {
      if (rule.check?.kind === "BANNED_WORDS") for (const word of rule.check.params.words) characters += word.length;
    }
    if (characters > L.bannedCharactersPerSet) ctx.addIssue({ code: "custom", message: "banned_words_total_too_large", path: [] });
  });
export type RuleList = z.output<typeof ruleList>;

/** Validates a rule's stored columns (rules.check_kind, rules.check_params), e.g. before
 *  compiling a published rule set: stored JSON is checked like any other input. */
export function parseStoredCheck(checkKind: string | null, checkParams: unknown) {
  return ruleCheck.nullable().safeParse(checkKind === null ? null : { kind: checkKind, params: checkParams });
}
