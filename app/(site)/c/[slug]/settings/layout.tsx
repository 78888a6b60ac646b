import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CommunityNav } from "@/components/communities/community-nav";
import { ClientMessages } from "@/components/layout/client-messages";
import { SettingsNav } from "@/components/settings/settings-nav";
import { communityForSettings } from "@/lib/communities/require-permission";

export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { community, viewer } = await communityForSettings(slug, `/c/${slug}/settings`);
  const t = await getTranslations("settings");
  return (
    <ClientMessages namespaces={["settings", "rules", "communities", "membership"]}>
      <div className="space-y-6">
        <div>
          <p className="text-sm text-stone-600">{community.name}</p>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
        </div>
        <CommunityNav slug={community.slug} role={community.viewerRole} userId={viewer.id} current="settings" />
        <div className="grid gap-6 md:grid-cols-[12rem_1fr]">
          <SettingsNav slug={community.slug} />
          <div className="min-w-0">{children}</div>
        </div>
      </div>
    </ClientMessages>
  );
}
