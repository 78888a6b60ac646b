import { setRequestLocale } from "next-intl/server";
import { HomeContent } from "@/components/home/home-content";
import { isLocale } from "@/lib/i18n/locales";

export default async function AnonymousHomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  return <HomeContent signedIn={false} />;
}
