import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfileForm } from "@/components/settings/profile-form";
import { Card } from "@/components/ui/card";
import { communityForSettings } from "@/lib/communities/require-permission";
import { updateProfileAction } from "@/lib/communities/settings-actions";
import { loadCommunitySettings } from "@/lib/communities/settings-queries";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.general"))("title") };
}

export default async function GeneralSettingsPage({ params }: Params) {
  const { slug } = await params;
  const { community } = await communityForSettings(slug, `/c/${slug}/settings`);
  const [t, settings] = await Promise.all([getTranslations("settings.general"), loadCommunitySettings(community.id)]);
  return (
    <Card className="space-y-4">
      <h2 className="text-xl font-semibold">{t("title")}</h2>
      <ProfileForm action={updateProfileAction} slug={community.slug} profile={settings} />
    </Card>
  );
}
