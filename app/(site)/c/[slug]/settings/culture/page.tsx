import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { CultureCompare } from "@/components/settings/culture-compare";
import { CultureForm } from "@/components/settings/culture-form";
import { Card } from "@/components/ui/card";
import { communityForSettings } from "@/lib/communities/require-permission";
import { restoreCultureAction, saveCultureAction } from "@/lib/communities/settings-actions";
import { listCultureVersions } from "@/lib/communities/settings-queries";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.culture"))("title") };
}

export default async function CultureSettingsPage({ params }: Params) {
  const { slug } = await params;
  const { community } = await communityForSettings(slug, `/c/${slug}/settings/culture`);
  const [t, format, versions] = await Promise.all([getTranslations("settings.culture"), getFormatter(), listCultureVersions(community.id)]);
  const current = versions[0] ?? null;
  return (
    <div className="space-y-6">
      <Card className="space-y-4">
        <div>
          <h2 className="text-xl font-semibold">{t("title")}</h2>
          <p className="text-sm text-stone-700">{t("lead")}</p>
        </div>
        <CultureForm action={saveCultureAction} slug={community.slug} current={current} />
      </Card>
      <Card className="space-y-4">
        <h2 className="text-xl font-semibold">{t("history")}</h2>
        {versions.length === 0 ? (
          <p className="text-stone-600">{t("empty")}</p>
        ) : (
          <ol className="space-y-3">
            {versions.map((version, index) => (
              <li key={version.id} className="rounded-md border border-stone-200 p-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-medium">
                    {t("version", { version: version.version })} {index === 0 ? <span className="text-sm text-canopy-800">({t("current")})</span> : null}
                  </p>
                  <p className="text-sm text-stone-600">{t("byOn", { name: version.author.name, date: format.dateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
                </div>
                <p className="mt-1 text-sm text-stone-700">{version.vision}</p>
                {index > 0 ? (
                  <ActionForm action={restoreCultureAction} submitLabel={t("restore")} pendingLabel={t("restoring")} variant="secondary" className="mt-2">
                    <input type="hidden" name="versionId" value={version.id} />
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        <CultureCompare versions={versions.map(({ id, version, vision, values, mission }) => ({ id, version, vision, values, mission }))} />
      </Card>
    </div>
  );
}
