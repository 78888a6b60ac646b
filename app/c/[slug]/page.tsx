import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { findCommunityBySlug } from "@/lib/communities/queries";
import { slugParam } from "@/lib/communities/schemas";
import { getViewer } from "@/lib/server/session";

type Params = { params: Promise<{ slug: string }> };

const loadCommunity = cache(async (rawSlug: string) => {
  const slug = slugParam.safeParse(rawSlug);
  if (!slug.success) return null;
  const viewer = await getViewer();
  return findCommunityBySlug(slug.data, viewer?.id ?? null);
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const community = await loadCommunity((await params).slug);
  return community ? { title: community.name, description: community.purpose } : {};
}

export default async function CommunityPage({ params }: Params) {
  const community = await loadCommunity((await params).slug);
  if (!community) notFound();
  const [t, tRole, format] = await Promise.all([
    getTranslations("communities.page"),
    getTranslations("communities.mine.role"),
    getFormatter(),
  ]);
  const fee =
    community.feeAmountMinor > 0
      ? format.number(community.feeAmountMinor / 100, { style: "currency", currency: community.feeCurrency })
      : null;
  return (
    <article className="space-y-6" lang={community.language}>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{community.name}</h1>
        <p className="text-lg text-stone-700">{community.purpose}</p>
        <p className="text-sm text-stone-600">
          {community.ownerName ? t("owner", { name: community.ownerName }) : null} ·{" "}
          {t("founded", { date: format.dateTime(community.createdAt, { dateStyle: "long" }) })}
        </p>
        {community.viewerRole ? (
          <p className="inline-block rounded-full bg-canopy-50 px-3 py-1 text-sm font-medium text-canopy-800">
            {t("youAreMember", { role: tRole(community.viewerRole) })}
          </p>
        ) : null}
        {community.visibility === "UNLISTED" ? <p className="text-sm text-stone-600">{t("unlisted")}</p> : null}
      </header>
      <div className="grid gap-4 md:grid-cols-3">
        <Card className="md:col-span-2">
          <CardTitle>{t("about")}</CardTitle>
          <p className="mt-2 whitespace-pre-line text-stone-800">{community.description || community.purpose}</p>
        </Card>
        <Card aria-labelledby="entry-heading">
          <CardTitle id="entry-heading">{t("entry")}</CardTitle>
          <p className="mt-2 text-stone-800">{t(`entryMode.${community.entryMode}`)}</p>
          <p className="mt-2 text-stone-800">{fee ? t("fee", { amount: fee }) : t("free")}</p>
          <p className="mt-2 text-stone-800">
            {community.memberCap === null
              ? `${t("members", { count: community.memberCount })} · ${t("noCap")}`
              : t("seats", { taken: community.memberCount, cap: community.memberCap })}
          </p>
        </Card>
      </div>
    </article>
  );
}
