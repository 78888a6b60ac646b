import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CommunityCard as CommunityCardData } from "@/lib/communities/queries";

export async function CommunityCard({ community, badge }: { community: CommunityCardData; badge?: string }) {
  const t = await getTranslations("communities");
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm transition-shadow hover:shadow-md">
      <div className="flex items-start justify-between gap-3">
        <h3 className="font-semibold text-stone-900">
          <Link href={`/c/${community.slug}`} className="hover:text-canopy-800 hover:underline">
            {community.name}
          </Link>
        </h3>
        {badge ? <span className="shrink-0 rounded-full bg-canopy-50 px-2 py-0.5 text-xs font-medium text-canopy-800">{badge}</span> : null}
      </div>
      <p className="mt-1 line-clamp-2 text-sm text-stone-700">{community.purpose}</p>
      <p className="mt-3 text-xs text-stone-600">
        {community.memberCap === null
          ? t("card.members", { count: community.memberCount })
          : t("page.seats", { taken: community.memberCount, cap: community.memberCap })}
      </p>
    </li>
  );
}
