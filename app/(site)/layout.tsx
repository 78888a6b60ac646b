import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteDocument, siteMetadata } from "@/components/layout/site-document";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { getViewer } from "@/lib/server/session";

// Every page rendered per request: the viewer's language, account and unread
// notifications. Anonymous visits to the public pages are served from the cached
// render in app/anonymous instead (see proxy.ts).

export function generateMetadata() {
  return siteMetadata();
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [locale, viewer] = await Promise.all([getLocale(), getViewer()]);
  const unreadNotifications = viewer ? await countUnreadNotifications(viewer.id) : 0;
  return (
    <SiteDocument
      locale={isLocale(locale) ? locale : defaultLocale}
      viewer={viewer ? { name: viewer.name, email: viewer.email, unreadNotifications } : null}
    >
      {children}
    </SiteDocument>
  );
}
