import { createTranslator, type IntlError } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { catalogs } from "../i18n/messages";
import enRules from "../i18n/messages/en/rules.json";
import zhRules from "../i18n/messages/zh-CN/rules.json";
import { describeReason, describeViolation } from "./describe";
import { RULE_CHECK_KINDS, RULE_SEVERITIES } from "./limits";
import type { Violation, ViolationReason } from "./types";

const REASONS: ViolationReason[] = [
  { code: "banned_word", values: { word: "广告", field: "title" } },
  { code: "too_many_links", values: { count: 3, max: 0 } },
  { code: "domain_not_allowed", values: { domain: "evil.org", count: 2 } },
  { code: "too_short", values: { length: 1, min: 10 } },
  { code: "too_long", values: { length: 20_001, max: 20_000 } },
  { code: "too_many_posts", values: { count: 6, maxPosts: 5, windowMinutes: 1440, retryAfterMinutes: 130 } },
  { code: "duplicate_post", values: { postedAt: "2026-03-01T11:55:00.000Z", minutesAgo: 5, windowHours: 24 } },
];

const violation = (reason: ViolationReason, severity: Violation["severity"] = "BLOCK"): Violation => ({
  position: 3,
  title: "No ads",
  severity,
  kind: "BANNED_WORDS",
  reason,
});

/** Every key path of a nested catalog ("reasons.banned_word", …). */
function keyPaths(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keyPaths(value as object, `${prefix}${key}.`),
  );
}

describe("describeViolation", () => {
  it("names the rule and the reason in English", () => {
    expect(describeViolation(violation(REASONS[0] as ViolationReason), "en")).toBe(
      "Refused by rule 3 “No ads”: The title contains “广告”, which this rule does not allow.",
    );
    expect(describeViolation(violation(REASONS[5] as ViolationReason, "WARN"), "en")).toBe(
      "Warning from rule 3 “No ads”: This would be your 6th post within 1 day; this rule allows 5. You can post again in 3 hours.",
    );
  });

  it("names the rule as 群规 and the reason in Chinese", () => {
    expect(describeViolation(violation(REASONS[0] as ViolationReason), "zh-CN")).toBe("违反群规第 3 条「No ads」：标题中含有本条群规禁止的词语「广告」。");
    expect(describeViolation(violation(REASONS[6] as ViolationReason), "zh-CN")).toBe(
      "违反群规第 3 条「No ads」：你 5 分钟前发过相同的内容，本条群规不允许在 1 天内重复发帖。",
    );
  });

  it("words windows and waits in whole units", () => {
    const reason = (windowMinutes: number, retryAfterMinutes: number): ViolationReason => ({
      code: "too_many_posts",
      values: { count: 2, maxPosts: 1, windowMinutes, retryAfterMinutes },
    });
    expect(describeReason(reason(90, 1), "en")).toContain("within 90 minutes; this rule allows 1. You can post again in 1 minute.");
    expect(describeReason(reason(120, 2881), "en")).toContain("within 2 hours; this rule allows 1. You can post again in 3 days.");
    expect(describeReason(reason(10_080, 59), "zh-CN")).toBe("这将是你 7 天内的第 2 条帖子，本条群规最多允许 1 条。请 59 分钟后再发。");
  });

  it("renders every reason in both languages without falling back", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      for (const reason of REASONS) {
        const text = describeViolation(violation(reason), locale);
        expect(text).not.toMatch(/rules\.|\{|\}/);
        expect(text.length).toBeGreaterThan(20);
      }
    }
  });
});

describe("the rules catalog", () => {
  it("has the same keys in English and Chinese", () => {
    expect(keyPaths(zhRules).sort()).toEqual(keyPaths(enRules).sort());
  });

  it("is registered as the `rules` namespace of both catalogs", () => {
    expect(catalogs.en.rules).toBe(enRules);
    expect(catalogs["zh-CN"].rules).toBe(zhRules);
  });

  it("labels every check kind and severity for the rule editor", () => {
    for (const messages of [enRules, zhRules]) {
      for (const kind of RULE_CHECK_KINDS) expect(messages.kinds[kind].name).not.toBe("");
      for (const severity of RULE_SEVERITIES) expect(messages.severities[severity].name).not.toBe("");
    }
  });

  it("has only messages that format with the arguments the code provides", () => {
    const values = { count: 2, max: 3, min: 1, length: 4, maxPosts: 5, position: 1, word: "w", field: "body", domain: "d.com", title: "t", reason: "r", window: "1 day", retry: "1 hour", ago: "now" };
    for (const [locale, messages] of [["en", enRules], ["zh-CN", zhRules]] as const) {
      const errors: IntlError[] = [];
      const t = createTranslator({ locale, messages: { rules: messages }, timeZone: "UTC", onError: (error) => errors.push(error) });
      for (const key of keyPaths(messages)) t(`rules.${key}` as Parameters<typeof t>[0], values);
      expect(errors.map((error) => error.message)).toEqual([]);
    }
  });
});
