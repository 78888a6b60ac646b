import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, type Locale, requestLocaleFrom } from "./locales";
import { catalogs } from "./messages";

// Locale without URL prefixes: the language switch stores the choice in a cookie
// (and on the account); otherwise the browser's Accept-Language decides.

export const timeZones: Record<Locale, string> = { en: "UTC", "zh-CN": "Asia/Shanghai" };

export async function resolveRequestLocale(): Promise<Locale> {
  return requestLocaleFrom((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
}

// A locale set for the render (setRequestLocale, by the cached anonymous pages whose
// URL names it) wins; reading the cookie there would make those pages per-request.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : await resolveRequestLocale();
  return { locale, messages: catalogs[locale], timeZone: timeZones[locale] };
});
