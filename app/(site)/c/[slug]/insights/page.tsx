import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommunityNav } from "@/components/communities/community-nav";
import { communityForRequest } from "@/lib/communities/community-for-request";
import { getViewer } from "@/lib/server/session";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ActiveCard } from "@/components/insights/active-card";
import { CardSkeleton } from "@/components/insights/card-skeleton";
import { ChurnCard } from "@/components/insights/churn-card";
import { CohortCard } from "@/components/insights/cohort-card";
import { FiltersForm } from "@/components/insights/filters-form";
import { FunnelCard } from "@/components/insights/funnel-card";
import { WavesCard } from "@/components/insights/waves-card";
import type { CardId } from "@/lib/analytics/definitions";
import { hasInsightsData, loadCard, loadInsightsRequest } from "@/lib/analytics/queries";
import { filtersToSearchParams } from "@/lib/analytics/schemas";

// Insights (retention dashboards) for owners, admins and node leaders. Every card
// fetches on its own inside its own Suspense boundary, so the page streams and a slow
// card never holds up the others. Anyone else gets a 404.

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const request = await loadInsightsRequest((await params).slug, await searchParams);
  if (!request) return {};
  const t = await getTranslations("insights");
  return { title: `${t("title")} · ${request.access.community.name}`, robots: { index: false } };
}

export default async function InsightsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const request = await loadInsightsRequest(slug, await searchParams);
  if (!request) notFound();
  const { access, filters, problems, query } = request;
  const [t, hasData, community, viewer] = await Promise.all([
    getTranslations("insights"),
    hasInsightsData(access.community.id),
    communityForRequest(slug),
    getViewer(),
  ]);
  const base = `/c/${access.community.slug}/insights`;
  const exportHref = (card: CardId) => `${base}/export/${card}?${filtersToSearchParams({ ...filters, node: query.nodeId })}`;
  const skeleton = (key: "cohorts" | "active" | "churn" | "funnel" | "waves") => <CardSkeleton title={t(`${key}.title`)} />;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-700">{t("subtitle", { community: access.community.name })}</p>
        {access.scope === "node" ? (
          <p className="text-sm text-stone-600">{t("nodeScope", { nodes: access.nodes.map((node) => node.name).join(", ") })}</p>
        ) : null}
      </header>
      {community ? <CommunityNav slug={community.slug} role={community.viewerRole} userId={viewer?.id ?? null} current="insights" /> : null}
      <FiltersForm action={base} filters={{ ...filters, node: query.nodeId }} problems={problems} nodes={access.nodes} isNodeScope={access.scope === "node"} />
      {hasData ? (
        <div className="grid gap-6">
          <Suspense fallback={skeleton("cohorts")}>
            <CohortCard result={loadCard("cohorts", query)} exportHref={exportHref("cohorts")} />
          </Suspense>
          <Suspense fallback={skeleton("active")}>
            <ActiveCard result={loadCard("active", query)} exportHref={exportHref("active")} />
          </Suspense>
          <div className="grid gap-6 lg:grid-cols-2">
            <Suspense fallback={skeleton("churn")}>
              <ChurnCard result={loadCard("churn", query)} exportHref={exportHref("churn")} />
            </Suspense>
            <Suspense fallback={skeleton("funnel")}>
              <FunnelCard result={loadCard("funnel", query)} exportHref={exportHref("funnel")} />
            </Suspense>
          </div>
          <Suspense fallback={skeleton("waves")}>
            <WavesCard result={loadCard("waves", query)} exportHref={exportHref("waves")} />
          </Suspense>
        </div>
      ) : (
        <div className="rounded-lg border border-dashed border-stone-300 p-10 text-center">
          <h2 className="text-lg font-semibold">{t("empty.title")}</h2>
          <p className="mt-2 text-stone-700">{t("empty.body")}</p>
        </div>
      )}
    </div>
  );
}
