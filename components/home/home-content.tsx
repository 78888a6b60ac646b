import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CommunityCard } from "@/components/communities/community-card";
import { Button } from "@/components/ui/button";
import { listRecentListedCommunities } from "@/lib/communities/queries";

/** The home page body; `signedIn` only changes the call to action. */
export async function HomeContent({ signedIn }: { signedIn: boolean }) {
  const [t, communities] = await Promise.all([getTranslations("home"), listRecentListedCommunities()]);
  const pillars = ["purpose", "threshold", "rules"] as const;
  return (
    <div className="space-y-12">
      <section className="space-y-4 py-6">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight text-stone-900 sm:text-4xl">{t("title")}</h1>
        <p className="max-w-2xl text-lg text-stone-700">{t("lead")}</p>
        <Button asChild size="lg">
          <Link href={signedIn ? "/communities/new" : "/sign-up"}>{signedIn ? t("ctaCreate") : t("ctaSignUp")}</Link>
        </Button>
      </section>
      <section aria-labelledby="pillars" className="grid gap-4 sm:grid-cols-3">
        <h2 id="pillars" className="sr-only">
          {t("title")}
        </h2>
        {pillars.map((pillar) => (
          <div key={pillar} className="rounded-lg border border-canopy-100 bg-canopy-50 p-4">
            <h3 className="font-semibold text-canopy-900">{t(`pillars.${pillar}.title`)}</h3>
            <p className="mt-1 text-sm text-stone-700">{t(`pillars.${pillar}.body`)}</p>
          </div>
        ))}
      </section>
      <section aria-labelledby="recent" className="space-y-4">
        <h2 id="recent" className="text-xl font-semibold">
          {t("recentTitle")}
        </h2>
        {communities.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">{t("recentEmpty")}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {communities.map((community) => (
              <CommunityCard key={community.slug} community={community} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
