import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteDocument, siteMetadata } from "@/components/layout/site-document";
import { isLocale } from "@/lib/i18n/locales";

// The public pages as an anonymous visitor sees them, rendered once per language and
// kept in Next's page cache (ISR). proxy.ts sends visitors without a session cookie
// here. The language comes from this URL segment (setRequestLocale), never from a
// cookie, and nothing in this tree reads cookies or the session: a render that
// tried would fail rather than cache one visitor's page for everyone. Mutations
// revalidate these pages (lib/server/revalidate-path.ts); `revalidate` bounds
// staleness from changes made outside a mutation (the waitlist-offer sweeper).

// Nothing is rendered at build time (it has no database); each page on first visit.
export function generateStaticParams() {
  return [];
}
export const revalidate = 60;

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await params;
  return siteMetadata(isLocale(locale) ? locale : undefined);
}

export default async function AnonymousLayout({ children, params }: Params & { children: ReactNode }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <SiteDocument locale={locale} viewer={null}>
      {children}
    </SiteDocument>
  );
}
