import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locales";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";

export type HeaderViewer = { name: string; email: string; unreadNotifications: number } | null;

export async function SiteHeader({ locale, viewer }: { locale: Locale; viewer: HeaderViewer }) {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-canopy-800">
          {t("appName")}
        </Link>
        <nav aria-label={t("nav.primary")} className="flex flex-1 items-center gap-4 text-sm">
          <Link href="/communities" className="text-stone-700 hover:text-canopy-800">
            {t("nav.directory")}
          </Link>
          {viewer ? (
            <>
              <Link href="/me/communities" className="text-stone-700 hover:text-canopy-800">
                {t("nav.myCommunities")}
              </Link>
              <Link href="/communities/new" className="text-stone-700 hover:text-canopy-800">
                {t("nav.newCommunity")}
              </Link>
            </>
          ) : null}
        </nav>
        <div className="flex items-center gap-2">
          <LanguageSwitch current={locale} />
          {viewer ? (
            <AccountMenu name={viewer.name} email={viewer.email} unreadNotifications={viewer.unreadNotifications} />
          ) : (
            <>
              <Button asChild variant="ghost" size="sm">
                <Link href="/sign-in">{t("account.signIn")}</Link>
              </Button>
              <Button asChild size="sm">
                <Link href="/sign-up">{t("account.signUp")}</Link>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
