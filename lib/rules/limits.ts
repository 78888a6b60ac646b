// Bounds for rule parameters. They keep a compiled rule set small enough to build on
// every publish and to evaluate in a few tens of microseconds (docs/decisions/004).
export const RULE_LIMITS = {
  rulesPerSet: 50,
  titleMax: 120,
  explanationMax: 2000,
  bannedWordsMax: 500,
  bannedWordLengthMax: 100,
  /** All banned-word lists of a rule set together: what the automaton's size follows. */
  bannedCharactersPerSet: 50_000,
  maxLinksMax: 100,
  allowedDomainsMax: 100,
  domainLengthMax: 253,
  lengthMax: 20_000,
  ratePostsMax: 1000,
  rateWindowMinutesMax: 10_080, // one week
  duplicateWindowHoursMax: 720, // thirty days
} as const;

// Mirrors the Prisma enums (a test keeps them in step) without importing the client,
// so this module also runs in the browser.
export const RULE_CHECK_KINDS = [
  "BANNED_WORDS",
  "MAX_LINKS",
  "ALLOWED_DOMAINS",
  "LENGTH",
  "RATE_LIMIT",
  "NO_DUPLICATES",
] as const;
export type RuleCheckKind = (typeof RULE_CHECK_KINDS)[number];

export const RULE_SEVERITIES = ["WARN", "BLOCK"] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];
