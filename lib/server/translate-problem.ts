import "server-only";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "../i18n/locales";
import { catalogs } from "../i18n/messages";
import { timeZones } from "../i18n/request";
import type { Problem } from "../shared/action-state";

// The catalogs are static, so one translator per language serves every request
// (and keeps its parsed messages) instead of one built per request.
const translators = new Map<Locale, (problem: Problem) => string>();

/** Translates problems into `locale` (messages: errors.*); unknown codes get the generic "invalid value". */
export function problemTranslatorFor(locale: Locale): (problem: Problem) => string {
  let translate = translators.get(locale);
  if (!translate) {
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: "errors", timeZone: timeZones[locale] });
    translate = (problem) => {
      const key = problem.code as Parameters<typeof t>[0];
      return t.has(key) ? t(key, problem.values) : t("invalid_value");
    };
    translators.set(locale, translate);
  }
  return translate;
}

/** Translates problems into the request's language. */
export async function problemTranslator(): Promise<(problem: Problem) => string> {
  const locale = await getLocale();
  return problemTranslatorFor(isLocale(locale) ? locale : defaultLocale);
}
