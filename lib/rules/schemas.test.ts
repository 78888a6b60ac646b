import { describe, expect, it } from "vitest";
import { RuleCheckKind, RuleSeverity } from "../generated/prisma/enums";
import enErrors from "../i18n/messages/en/errors.json";
import zhErrors from "../i18n/messages/zh-CN/errors.json";
import { fieldErrorsFromZod } from "../shared/zod-problems";
import { RULE_CHECK_KINDS, RULE_LIMITS, RULE_SEVERITIES } from "./limits";
import { parseStoredCheck, ruleCheck, ruleDraft, ruleList } from "./schemas";

/** Field errors as the action helper would show them: dotted path → first error code. */
function codes(schema: { safeParse: (input: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors = fieldErrorsFromZod(result.error as Parameters<typeof fieldErrorsFromZod>[0], input);
  return Object.fromEntries(Object.entries(errors).map(([path, problems]) => [path, problems[0]]));
}

const banned = (words: unknown, match?: string) => ({ kind: "BANNED_WORDS", params: match ? { words, match } : { words } });

describe("check kinds and severities", () => {
  it("match the Prisma enums", () => {
    expect([...RULE_CHECK_KINDS].sort()).toEqual(Object.values(RuleCheckKind).sort());
    expect([...RULE_SEVERITIES].sort()).toEqual(Object.values(RuleSeverity).sort());
  });

  it("refuses an unknown check kind with its own code", () => {
    expect(codes(ruleCheck, { kind: "REGEX", params: { pattern: ".*" } })).toEqual({ kind: { code: "rule_check_kind_unknown" } });
    expect(codes(ruleCheck, { params: {} })).toEqual({ kind: { code: "rule_check_kind_unknown" } });
  });

  it("refuses parameters that belong to another kind", () => {
    expect(codes(ruleCheck, { kind: "MAX_LINKS", params: { max: 2, words: ["x"] } })).toEqual({ "params": { code: "unknown_field" } });
  });
});

describe("BANNED_WORDS parameters", () => {
  it("accepts words, trims them and defaults to whole-word matching", () => {
    expect(ruleCheck.parse(banned([" spam ", "广告"]))).toEqual({ kind: "BANNED_WORDS", params: { words: ["spam", "广告"], match: "whole_word" } });
  });

  it("refuses 100,000 words with one too_many on the list, without parsing each", () => {
    const words = Array.from({ length: 100_000 }, (_, i) => `word${i}`);
    expect(codes(ruleCheck, banned(words))).toEqual({ "params.words": { code: "too_many", values: { max: RULE_LIMITS.bannedWordsMax } } });
  });

  it("refuses a 1 MB list and a 1 MB word", () => {
    const megabyteList = Array.from({ length: 10_486 }, () => "x".repeat(100));
    expect(codes(ruleCheck, banned(megabyteList))).toEqual({ "params.words": { code: "too_many", values: { max: 500 } } });
    expect(codes(ruleCheck, banned(["ok", "x".repeat(1_048_576)]))).toEqual({ "params.words.1": { code: "too_long", values: { max: 100 } } });
  });

  it("refuses an empty list, blank words and words that are only invisible characters", () => {
    expect(codes(ruleCheck, banned([]))).toEqual({ "params.words": { code: "too_few", values: { min: 1 } } });
    expect(codes(ruleCheck, banned(["ok", "   "]))).toEqual({ "params.words.1": { code: "required" } });
    expect(codes(ruleCheck, banned(["ok", "\u200B\u200D"]))).toEqual({ "params.words.1": { code: "banned_word_blank" } });
  });

  it("refuses duplicates after normalisation, at the duplicate", () => {
    expect(codes(ruleCheck, banned(["Spam", "eggs", "ＳＰＡＭ"]))).toEqual({ "params.words.2": { code: "banned_word_duplicate" } });
    expect(codes(ruleCheck, banned(["广告", "广\u200B告"]))).toEqual({ "params.words.1": { code: "banned_word_duplicate" } });
  });

  it("keeps regular-expression syntax as plain words", () => {
    expect(ruleCheck.parse(banned(["a.*b", "(x+)+$", "[", "\\"])).params).toEqual({ words: ["a.*b", "(x+)+$", "[", "\\"], match: "whole_word" });
  });

  it("refuses an unknown match mode and extra keys", () => {
    expect(codes(ruleCheck, banned(["x"], "regex"))).toEqual({ "params.match": { code: "invalid_choice" } });
    expect(codes(ruleCheck, { kind: "BANNED_WORDS", params: { words: ["x"], regex: true } })).toEqual({ params: { code: "unknown_field" } });
  });
});

describe("numeric parameters", () => {
  it.each([
    [{ kind: "MAX_LINKS", params: { max: 0 } }, true],
    [{ kind: "MAX_LINKS", params: { max: 100 } }, true],
    [{ kind: "MAX_LINKS", params: { max: 101 } }, false],
    [{ kind: "MAX_LINKS", params: { max: -1 } }, false],
    [{ kind: "MAX_LINKS", params: { max: 1.5 } }, false],
    [{ kind: "MAX_LINKS", params: { max: "3" } }, false],
    [{ kind: "LENGTH", params: { min: 0, max: 20_000 } }, true],
    [{ kind: "LENGTH", params: { min: 5, max: 5 } }, true],
    [{ kind: "LENGTH", params: { min: 0, max: 20_001 } }, false],
    [{ kind: "RATE_LIMIT", params: { maxPosts: 1, windowMinutes: 1 } }, true],
    [{ kind: "RATE_LIMIT", params: { maxPosts: 1000, windowMinutes: 10_080 } }, true],
    [{ kind: "RATE_LIMIT", params: { maxPosts: 0, windowMinutes: 60 } }, false],
    [{ kind: "RATE_LIMIT", params: { maxPosts: 5, windowMinutes: 10_081 } }, false],
    [{ kind: "NO_DUPLICATES", params: { windowHours: 1 } }, true],
    [{ kind: "NO_DUPLICATES", params: { windowHours: 720 } }, true],
    [{ kind: "NO_DUPLICATES", params: { windowHours: 0 } }, false],
    [{ kind: "NO_DUPLICATES", params: { windowHours: 721 } }, false],
  ])("%j is %s", (check, valid) => {
    expect(ruleCheck.safeParse(check).success).toBe(valid);
  });

  it("refuses a minimum above the maximum at the maximum", () => {
    expect(codes(ruleCheck, { kind: "LENGTH", params: { min: 10, max: 9 } })).toEqual({ "params.max": { code: "rule_min_exceeds_max" } });
  });

  it("names the bound that was crossed", () => {
    expect(codes(ruleCheck, { kind: "RATE_LIMIT", params: { maxPosts: 1001, windowMinutes: 60 } })).toEqual({
      "params.maxPosts": { code: "too_large", values: { max: 1000 } },
    });
  });
});

describe("ALLOWED_DOMAINS parameters", () => {
  it("accepts host names, lower-cased, internationalised or punycode", () => {
    const parsed = ruleCheck.parse({ kind: "ALLOWED_DOMAINS", params: { domains: ["Example.COM", "例子.中国", "xn--fiqs8s.xn--fiqs8s", "blog.canopy.app"] } });
    expect(parsed.params).toEqual({ domains: ["example.com", "例子.中国", "xn--fiqs8s.xn--fiqs8s", "blog.canopy.app"] });
  });

  it.each(["https://example.com", "example.com/path", "user@example.com", "localhost", "exa mple.com", "-bad.com", "example.c0m", "a..b.com", "x".repeat(64) + ".com"])(
    "refuses %j",
    (domain) => {
      expect(codes(ruleCheck, { kind: "ALLOWED_DOMAINS", params: { domains: [domain] } })).toEqual({ "params.domains.0": { code: "domain_invalid" } });
    },
  );

  it("refuses the same site twice, also when written once in Unicode and once in punycode", () => {
    expect(codes(ruleCheck, { kind: "ALLOWED_DOMAINS", params: { domains: ["例子.中国", "xn--fsqu00a.xn--fiqs8s"] } })).toEqual({
      "params.domains.1": { code: "domain_duplicate" },
    });
  });

  it("refuses more than 100 domains", () => {
    const domains = Array.from({ length: 101 }, (_, i) => `site${i}.com`);
    expect(codes(ruleCheck, { kind: "ALLOWED_DOMAINS", params: { domains } })).toEqual({ "params.domains": { code: "too_many", values: { max: 100 } } });
  });
});

describe("rule drafts and lists", () => {
  it("defaults to a blocking, guidance-only rule", () => {
    expect(ruleDraft.parse({ title: " Be kind " })).toEqual({ title: "Be kind", explanation: "", severity: "BLOCK", check: null });
  });

  it("bounds the title and explanation", () => {
    expect(codes(ruleDraft, { title: "" })).toEqual({ title: { code: "required" } });
    expect(codes(ruleDraft, { title: "x".repeat(121) })).toEqual({ title: { code: "too_long", values: { max: 120 } } });
    expect(codes(ruleDraft, { title: "ok", explanation: "x".repeat(2001) })).toEqual({ explanation: { code: "too_long", values: { max: 2000 } } });
    expect(codes(ruleDraft, { title: "ok", severity: "BAN" })).toEqual({ severity: { code: "invalid_choice" } });
  });

  it("allows 50 rules and refuses 51", () => {
    const rules = Array.from({ length: 51 }, (_, i) => ({ title: `Rule ${i}` }));
    expect(ruleList.safeParse(rules.slice(0, 50)).success).toBe(true);
    expect(codes(ruleList, rules)).toEqual({ "": { code: "too_many", values: { max: 50 } } });
  });

  it("bounds the banned-word characters of the whole set", () => {
    const list = (n: number, length: number) => Array.from({ length: n }, (_, i) => `${i}`.padStart(length, "x"));
    const rule = (words: string[]) => ({ title: "Words", check: banned(words) });
    expect(ruleList.safeParse([rule(list(500, 100))]).success).toBe(true); // exactly 50,000
    expect(codes(ruleList, [rule(list(500, 100)), rule(["one"])])).toEqual({ "": { code: "banned_words_total_too_large" } });
  });

  it("reports a nested problem at its full path", () => {
    expect(codes(ruleList, [{ title: "a" }, { title: "b", check: banned(["x", "X"]) }])).toEqual({ "1.check.params.words.1": { code: "banned_word_duplicate" } });
  });
});

describe("parseStoredCheck", () => {
  it("validates stored columns like any other input", () => {
    expect(parseStoredCheck(null, null)).toMatchObject({ success: true, data: null });
    expect(parseStoredCheck("MAX_LINKS", { max: 3 })).toMatchObject({ success: true, data: { kind: "MAX_LINKS", params: { max: 3 } } });
    expect(parseStoredCheck("MAX_LINKS", { max: 3000 }).success).toBe(false);
    expect(parseStoredCheck("SOMETHING_NEW", {}).success).toBe(false);
  });
});

describe("error codes", () => {
  it("has every code the rule schemas use, in both languages", () => {
    const used = [
      "rule_check_kind_unknown",
      "rule_min_exceeds_max",
      "banned_word_duplicate",
      "banned_word_blank",
      "banned_words_total_too_large",
      "domain_invalid",
      "domain_duplicate",
    ];
    for (const code of used) {
      expect(enErrors).toHaveProperty(code);
      expect(zhErrors).toHaveProperty(code);
    }
    expect(Object.keys(zhErrors).sort()).toEqual(Object.keys(enErrors).sort());
  });
});
