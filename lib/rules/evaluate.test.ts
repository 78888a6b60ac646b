import { describe, expect, it } from "vitest";
import { compileRuleSet } from "./compile";
import { evaluate, isRefused } from "./evaluate";
import { normalisedBodyHash } from "./normalise";
import { type RuleDraftInput, ruleList } from "./schemas";
import type { EvaluationContext, RecentPost } from "./types";

const NOW = new Date("2026-03-01T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

function run(rules: RuleDraftInput[], body: string, recentPosts: RecentPost[] = [], title?: string) {
  const compiled = compileRuleSet(ruleList.parse(rules));
  const context: EvaluationContext = { now: NOW, recentPosts };
  return evaluate(compiled, title === undefined ? { body } : { body, title }, context);
}
const reasons = (rules: RuleDraftInput[], body: string, recentPosts: RecentPost[] = [], title?: string) =>
  run(rules, body, recentPosts, title).map((violation) => violation.reason);

const bannedRule = (words: string[], match: "whole_word" | "anywhere" = "whole_word"): RuleDraftInput => ({
  title: "No ads",
  check: { kind: "BANNED_WORDS", params: { words, match } },
});

describe("BANNED_WORDS", () => {
  it("names the banned word as the owner wrote it, and where it was found", () => {
    expect(reasons([bannedRule(["Spam"])], "buy SPAM now")).toEqual([{ code: "banned_word", values: { word: "Spam", field: "body" } }]);
    expect(reasons([bannedRule(["spam"])], "all fine", [], "Ｓｐａｍ!")).toEqual([{ code: "banned_word", values: { word: "spam", field: "title" } }]);
  });

  it("misses text without the word", () => {
    expect(reasons([bannedRule(["spam"])], "a perfectly nice post")).toEqual([]);
  });

  it("matches whole words by default and anywhere on request", () => {
    expect(reasons([bannedRule(["ad"])], "my address")).toEqual([]);
    expect(reasons([bannedRule(["ad"])], "an ad, here")).toHaveLength(1);
    expect(reasons([bannedRule(["ad"])], "ad")).toHaveLength(1);
    expect(reasons([bannedRule(["ad"], "anywhere")], "my address")).toHaveLength(1);
    expect(reasons([bannedRule(["spam"])], "spam_bot spammer")).toEqual([]);
  });

  it("matches Chinese inside other Chinese text, and next to Latin letters", () => {
    expect(reasons([bannedRule(["广告"])], "打广告啦")).toEqual([{ code: "banned_word", values: { word: "广告", field: "body" } }]);
    expect(reasons([bannedRule(["spam"])], "这是spam吗")).toHaveLength(1);
    expect(reasons([bannedRule(["广告"])], "广 告")).toEqual([]);
  });

  it("matches full-width variants exactly where NFKC folds them", () => {
    expect(reasons([bannedRule(["AD广告"])], "ＡＤ广告")).toHaveLength(1);
    expect(reasons([bannedRule(["ad"])], "Ⓐⓓ")).toHaveLength(1); // NFKC folds circled letters
    // NFKC does not fold look-alikes from other scripts, nor traditional characters.
    expect(reasons([bannedRule(["ad"])], "аd")).toEqual([]); // Cyrillic а
    expect(reasons([bannedRule(["广告"])], "廣告")).toEqual([]);
  });

  it("sees through zero-width characters, soft hyphens and case", () => {
    expect(reasons([bannedRule(["广告"])], "广\u200B告")).toHaveLength(1);
    expect(reasons([bannedRule(["viagra"])], "V\u00ADi\u200Da\u2060g\uFEFFr\u200Ca")).toHaveLength(1);
  });

  it("matches a phrase across any whitespace", () => {
    expect(reasons([bannedRule(["buy now"])], "BUY\n\n  now")).toHaveLength(1);
  });

  it("matches regular-expression syntax literally", () => {
    const rules = [bannedRule(["a.*b", "(x+)+$", "[a-z]", "\\d"], "anywhere")];
    expect(reasons(rules, "axxxb and aab and a-b")).toEqual([]);
    expect(reasons(rules, `${"x".repeat(5000)}!`)).toEqual([]);
    expect(reasons(rules, "q d 5")).toEqual([]);
    expect(reasons(rules, "literally a.*b here")).toEqual([{ code: "banned_word", values: { word: "a.*b", field: "body" } }]);
    expect(reasons(rules, "(x+)+$")).toEqual([{ code: "banned_word", values: { word: "(x+)+$", field: "body" } }]);
    expect(reasons(rules, "see [a-z]")).toHaveLength(1);
  });

  it("reports the first word in the text for each rule, each rule once", () => {
    const violations = run([bannedRule(["eggs", "spam"]), { title: "Other", check: { kind: "BANNED_WORDS", params: { words: ["ham"] } } }], "spam ham eggs spam");
    expect(violations.map((v) => [v.position, v.reason.values])).toEqual([
      [1, { word: "spam", field: "body" }],
      [2, { word: "ham", field: "body" }],
    ]);
  });

  it("finds words that share prefixes and suffixes (the automaton's failure links)", () => {
    const rules = [bannedRule(["he", "she", "hers", "his"], "anywhere")];
    expect(reasons(rules, "ushers")).toHaveLength(1);
    expect(reasons([bannedRule(["abcd", "bc"], "anywhere")], "xabcx")).toEqual([{ code: "banned_word", values: { word: "bc", field: "body" } }]);
  });

  it("handles astral characters", () => {
    expect(reasons([bannedRule(["😀x"], "anywhere")], "a😀xb")).toHaveLength(1);
    expect(reasons([bannedRule(["𝐀𝐁"])], "ab")).toHaveLength(1); // mathematical bold folds to letters
  });
});

describe("MAX_LINKS", () => {
  const rule = (max: number): RuleDraftInput => ({ title: "Links", check: { kind: "MAX_LINKS", params: { max } } });
  it("allows up to the maximum and refuses one more, counting title and body", () => {
    const body = "see https://a.com and www.b.org";
    expect(reasons([rule(2)], body)).toEqual([]);
    expect(reasons([rule(1)], body)).toEqual([{ code: "too_many_links", values: { count: 2, max: 1 } }]);
    expect(reasons([rule(2)], body, [], "c.cn")).toEqual([{ code: "too_many_links", values: { count: 3, max: 2 } }]);
  });

  it("with 0, refuses any link, including full-width and ideographic-dot ones", () => {
    expect(reasons([rule(0)], "no links here. none.")).toEqual([]);
    expect(reasons([rule(0)], "ｅｘａｍｐｌｅ．ｃｏｍ")).toEqual([{ code: "too_many_links", values: { count: 1, max: 0 } }]);
    expect(reasons([rule(0)], "加我example。com")).toHaveLength(1);
  });
});

describe("ALLOWED_DOMAINS", () => {
  const rule: RuleDraftInput = { title: "Sites", check: { kind: "ALLOWED_DOMAINS", params: { domains: ["example.com", "例子.中国"] } } };
  it("allows listed sites and their subdomains", () => {
    expect(reasons([rule], "https://example.com/x www.example.com blog.example.com https://例子.中国 https://xn--fsqu00a.xn--fiqs8s/")).toEqual([]);
  });

  it("names the first site that is not allowed and counts them", () => {
    expect(reasons([rule], "https://example.com https://evil.org/x and notexample.com")).toEqual([
      { code: "domain_not_allowed", values: { domain: "evil.org", count: 2 } },
    ]);
  });

  it("does not mistake e-mail addresses or sentence ends for links", () => {
    expect(reasons([rule], "write to me@evil.org. Thanks.")).toEqual([]);
  });
});

describe("LENGTH", () => {
  const rule: RuleDraftInput = { title: "Length", check: { kind: "LENGTH", params: { min: 3, max: 5 } } };
  it("counts characters of the normal form at both bounds", () => {
    expect(reasons([rule], "abc")).toEqual([]);
    expect(reasons([rule], "广告好啊!")).toEqual([]);
    expect(reasons([rule], "ab")).toEqual([{ code: "too_short", values: { length: 2, min: 3 } }]);
    expect(reasons([rule], "abcdef")).toEqual([{ code: "too_long", values: { length: 6, max: 5 } }]);
  });

  it("does not count padding: whitespace runs, zero-width characters, surrogate halves", () => {
    expect(reasons([rule], `a\u200B\u200B\u200B\u200Bb`)).toEqual([{ code: "too_short", values: { length: 2, min: 3 } }]);
    expect(reasons([rule], "a      b")).toEqual([]);
    expect(reasons([rule], "😀😀😀😀😀")).toEqual([]);
  });
});

describe("RATE_LIMIT", () => {
  const rule: RuleDraftInput = { title: "Pace", check: { kind: "RATE_LIMIT", params: { maxPosts: 3, windowMinutes: 60 } } };
  it("counts the new post with earlier posts inside the window", () => {
    expect(reasons([rule], "hi", [{ createdAt: minutesAgo(10) }, { createdAt: minutesAgo(20) }])).toEqual([]);
    expect(reasons([rule], "hi", [{ createdAt: minutesAgo(10) }, { createdAt: minutesAgo(20) }, { createdAt: minutesAgo(50) }])).toEqual([
      { code: "too_many_posts", values: { count: 4, maxPosts: 3, windowMinutes: 60, retryAfterMinutes: 10 } },
    ]);
  });

  it("ignores posts at or beyond the window's edge", () => {
    expect(reasons([rule], "hi", [{ createdAt: minutesAgo(1) }, { createdAt: minutesAgo(2) }, { createdAt: minutesAgo(60) }, { createdAt: minutesAgo(600) }])).toEqual([]);
  });
});

describe("NO_DUPLICATES", () => {
  const rule: RuleDraftInput = { title: "No repeats", check: { kind: "NO_DUPLICATES", params: { windowHours: 24 } } };
  it("refuses the same normalised body within the window, naming the latest", () => {
    const recent = [
      { createdAt: minutesAgo(300), bodyHash: normalisedBodyHash("Hello  World") },
      { createdAt: minutesAgo(90), body: "hello world\u200B" },
      { createdAt: minutesAgo(30), bodyHash: normalisedBodyHash("something else") },
    ];
    expect(reasons([rule], "ＨＥＬＬＯ world", recent)).toEqual([
      { code: "duplicate_post", values: { postedAt: minutesAgo(90).toISOString(), minutesAgo: 90, windowHours: 24 } },
    ]);
  });

  it("allows a repeat after the window and a different text within it", () => {
    expect(reasons([rule], "hello", [{ createdAt: minutesAgo(24 * 60), bodyHash: normalisedBodyHash("hello") }])).toEqual([]);
    expect(reasons([rule], "hello!", [{ createdAt: minutesAgo(5), bodyHash: normalisedBodyHash("hello") }])).toEqual([]);
  });
});

describe("a rule set", () => {
  const rules: RuleDraftInput[] = [
    { title: "Be kind" },
    { title: "Few links", severity: "WARN", check: { kind: "MAX_LINKS", params: { max: 0 } } },
    bannedRule(["spam"]),
    { title: "Short posts", check: { kind: "LENGTH", params: { min: 1, max: 10 } } },
    { title: "Not too long", severity: "WARN", check: { kind: "LENGTH", params: { min: 0, max: 5 } } },
  ];

  it("orders violations: BLOCK before WARN, then by position; guidance-only rules never appear", () => {
    const violations = run(rules, "spam at example.com");
    expect(violations.map((v) => [v.severity, v.position, v.title, v.kind])).toEqual([
      ["BLOCK", 3, "No ads", "BANNED_WORDS"],
      ["BLOCK", 4, "Short posts", "LENGTH"],
      ["WARN", 2, "Few links", "MAX_LINKS"],
      ["WARN", 5, "Not too long", "LENGTH"],
    ]);
    expect(isRefused(violations)).toBe(true);
    expect(isRefused(violations.filter((v) => v.severity === "WARN"))).toBe(false);
  });

  it("keeps rule ids and explicit positions", () => {
    const compiled = compileRuleSet([{ id: "r-9", position: 9, title: "No ads", severity: "BLOCK", check: { kind: "BANNED_WORDS", params: { words: ["spam"], match: "anywhere" } } }]);
    expect(evaluate(compiled, { body: "spam" }, { now: NOW, recentPosts: [] })).toEqual([
      { ruleId: "r-9", position: 9, title: "No ads", severity: "BLOCK", kind: "BANNED_WORDS", reason: { code: "banned_word", values: { word: "spam", field: "body" } } },
    ]);
  });

  it("with only guidance rules, never refuses anything", () => {
    expect(run([{ title: "Be kind" }, { title: "Stay on topic", explanation: "Please." }], "spam ".repeat(100))).toEqual([]);
  });
});
