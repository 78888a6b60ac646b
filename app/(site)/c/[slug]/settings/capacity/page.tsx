import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CapacityForm } from "@/components/settings/capacity-form";
import { Card } from "@/components/ui/card";
import { communityForSettings } from "@/lib/communities/require-permission";
import { updateCapacityAction } from "@/lib/communities/settings-actions";
import { loadCommunitySettings } from "@/lib/communities/settings-queries";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.capacity"))("title") };
}

export default async function CapacitySettingsPage({ params }: Params) {
  const { slug } = await params;
  const { community } = await communityForSettings(slug, `/c/${slug}/settings/capacity`);
  const [t, settings] = await Promise.all([getTranslations("settings.capacity"), loadCommunitySettings(community.id)]);
  return (
    <Card className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-sm text-stone-700">{t("lead")}</p>
      </div>
      <CapacityForm action={updateCapacityAction} slug={community.slug} capacity={settings} />
    </Card>
  );
}
