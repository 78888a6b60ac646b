import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { draftFromStored } from "@/components/settings/rule-drafts";
import { RuleEditor } from "@/components/settings/rule-editor";
import { Card } from "@/components/ui/card";
import { communityForSettings } from "@/lib/communities/require-permission";
import { findCurrentRuleSet } from "@/lib/communities/settings-queries";
import { publishRulesAction } from "@/lib/rules/actions";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.rules"))("title") };
}

export default async function RulesSettingsPage({ params }: Params) {
  const { slug } = await params;
  const { community } = await communityForSettings(slug, `/c/${slug}/settings/rules`);
  const [t, current] = await Promise.all([getTranslations("settings.rules"), findCurrentRuleSet(community.id)]);
  return (
    <Card className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-sm text-stone-700">{t("lead")}</p>
        <p className="mt-1 text-sm text-stone-600">{current ? t("current", { version: current.version }) : t("none")}</p>
      </div>
      <RuleEditor action={publishRulesAction} slug={community.slug} initial={(current?.rules ?? []).map(draftFromStored)} />
    </Card>
  );
}
