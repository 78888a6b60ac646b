import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { CommunityOverview } from "@/components/communities/community-overview";
import { communityByRawSlug } from "@/lib/communities/community-for-request";
import { isLocale } from "@/lib/i18n/locales";

type Params = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first visit and then served from the page cache (none at build time).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const community = await communityByRawSlug((await params).slug, null);
  return community ? { title: community.name, description: community.purpose } : {};
}

export default async function AnonymousCommunityPage({ params }: Params) {
  const { locale, slug } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  const community = await communityByRawSlug(slug, null);
  if (!community) notFound();
  return <CommunityOverview community={community} viewer={null} />;
}
