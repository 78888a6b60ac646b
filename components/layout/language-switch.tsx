import { Languages } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/auth/actions";
import { type Locale, locales } from "@/lib/i18n/locales";

// A plain form (works before JavaScript loads): one button per other language.
// Setting the cookie in the server action makes Next render the page again.
export async function LanguageSwitch({ current }: { current: Locale }) {
  const t = await getTranslations("common.language");
  return (
    <form action={setLocaleAction} className="flex items-center">
      {locales
        .filter((locale) => locale !== current)
        .map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            title={t("switchTo")}
            className="inline-flex h-9 items-center gap-1.5 rounded-md px-2 text-sm text-stone-800 hover:bg-stone-100"
          >
            <Languages aria-hidden="true" className="size-4" />
            {t(locale)}
          </button>
        ))}
    </form>
  );
}
