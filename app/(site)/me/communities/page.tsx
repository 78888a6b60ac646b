import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommunityCard } from "@/components/communities/community-card";
import { Button } from "@/components/ui/button";
import { listMyCommunities } from "@/lib/communities/queries";
import { getViewer } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("communities.mine"))("title") };
}

export default async function MyCommunitiesPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/me/communities");
  const [t, tNav, communities] = await Promise.all([
    getTranslations("communities.mine"),
    getTranslations("common.nav"),
    listMyCommunities(viewer.id),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {communities.length > 0 ? (
          <Button asChild variant="secondary">
            <Link href="/communities/new">{tNav("newCommunity")}</Link>
          </Button>
        ) : null}
      </div>
      {communities.length === 0 ? (
        <div className="rounded-lg border border-dashed border-stone-300 p-10 text-center">
          <p className="text-stone-700">{t("empty")}</p>
          <Button asChild className="mt-4">
            <Link href="/communities/new">{t("emptyAction")}</Link>
          </Button>
        </div>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {communities.map((community) => (
            <CommunityCard key={community.slug} community={community} badge={t(`role.${community.role}`)} />
          ))}
        </ul>
      )}
    </div>
  );
}
