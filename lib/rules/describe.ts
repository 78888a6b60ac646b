import { createTranslator } from "use-intl/core";
import type { Locale } from "../i18n/locales";
import enRules from "../i18n/messages/en/rules.json";
import zhRules from "../i18n/messages/zh-CN/rules.json";
import type { Violation, ViolationReason } from "./types";

// Human text for a violation, in the member's language, from the `rules` catalog.
// Only the rules namespace is imported, so the browser's "try a post" box stays small;
// use-intl's core translator is plain ICU formatting with no React or Next.js inside.

const rulesCatalogs: Record<Locale, typeof enRules> = { en: enRules, "zh-CN": zhRules };

function createRulesTranslator(locale: Locale) {
  return createTranslator({ locale, messages: { rules: rulesCatalogs[locale] }, namespace: "rules", timeZone: "UTC" });
}
type RulesTranslator = ReturnType<typeof createRulesTranslator>;

const translators = new Map<Locale, RulesTranslator>();

function translatorFor(locale: Locale): RulesTranslator {
  let t = translators.get(locale);
  if (t === undefined) {
    t = createRulesTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

const HOUR = 60;
const DAY = 24 * HOUR;

/** A window of minutes in the largest unit that divides it ("1 day", not "1440 minutes"). */
function formatWindow(t: RulesTranslator, minutes: number): string {
  if (minutes % DAY === 0) return t("durations.days", { count: minutes / DAY });
  if (minutes % HOUR === 0) return t("durations.hours", { count: minutes / HOUR });
  return t("durations.minutes", { count: minutes });
}

/** A wait, rounded up so the member is not told to come back too early. */
function formatWait(t: RulesTranslator, minutes: number): string {
  if (minutes < 2 * HOUR) return t("durations.minutes", { count: minutes });
  if (minutes < 2 * DAY) return t("durations.hours", { count: Math.ceil(minutes / HOUR) });
  return t("durations.days", { count: Math.ceil(minutes / DAY) });
}

function formatAgo(t: RulesTranslator, minutes: number): string {
  if (minutes < 1) return t("ago.now");
  if (minutes < 2 * HOUR) return t("ago.minutes", { count: minutes });
  if (minutes < 2 * DAY) return t("ago.hours", { count: Math.floor(minutes / HOUR) });
  return t("ago.days", { count: Math.floor(minutes / DAY) });
}

function formatReason(t: RulesTranslator, reason: ViolationReason): string {
  switch (reason.code) {
    case "too_many_posts": {
      const { count, maxPosts, windowMinutes, retryAfterMinutes } = reason.values;
      return t("reasons.too_many_posts", {
        count,
        maxPosts,
        window: formatWindow(t, windowMinutes),
        retry: formatWait(t, retryAfterMinutes),
      });
    }
    case "duplicate_post": {
      const { minutesAgo, windowHours } = reason.values;
      return t("reasons.duplicate_post", { ago: formatAgo(t, minutesAgo), window: formatWindow(t, windowHours * HOUR) });
    }
    default:
      return t(`reasons.${reason.code}`, reason.values);
  }
}

/** Why the post breaks the rule, without naming the rule ("The post contains “spam”…"). */
export function describeReason(reason: ViolationReason, locale: Locale): string {
  return formatReason(translatorFor(locale), reason);
}

/** The full sentence a member sees: which rule (number and title) and why. */
export function describeViolation(violation: Violation, locale: Locale): string {
  const t = translatorFor(locale);
  return t(`violation.${violation.severity}`, {
    position: violation.position,
    title: violation.title,
    reason: formatReason(t, violation.reason),
  });
}
