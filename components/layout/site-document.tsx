import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { type HeaderViewer, SiteHeader } from "./site-header";
import { SiteFooter } from "./site-footer";

/**
 * The page shell every route shares: document language, skip link, header, main,
 * footer. Rendered per request by app/(site)/layout.tsx and, for cached anonymous
 * pages, by app/anonymous/[locale]/layout.tsx.
 */
export async function SiteDocument({ locale, viewer, children }: { locale: Locale; viewer: HeaderViewer; children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <SiteHeader locale={locale} viewer={viewer} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}

/**
 * Title template and description shared by every page. Metadata renders apart from
 * the page, so a cached render passes its locale rather than relying on setRequestLocale.
 */
export async function siteMetadata(locale?: Locale): Promise<Metadata> {
  const t = locale ? await getTranslations({ locale, namespace: "common" }) : await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

