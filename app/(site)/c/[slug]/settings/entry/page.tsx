import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QuestionEditor } from "@/components/settings/question-editor";
import { ThresholdForm } from "@/components/settings/threshold-form";
import { Card } from "@/components/ui/card";
import { communityForSettings } from "@/lib/communities/require-permission";
import { saveQuestionsAction, updateThresholdAction } from "@/lib/communities/settings-actions";
import { loadCommunitySettings } from "@/lib/communities/settings-queries";
import { listEntryQuestions } from "@/lib/membership/queries";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.entry"))("title") };
}

export default async function EntrySettingsPage({ params }: Params) {
  const { slug } = await params;
  const { community } = await communityForSettings(slug, `/c/${slug}/settings/entry`);
  const [t, settings, questions] = await Promise.all([getTranslations("settings.entry"), loadCommunitySettings(community.id), listEntryQuestions(community.id)]);
  return (
    <div className="space-y-6">
      <Card className="space-y-4">
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <ThresholdForm action={updateThresholdAction} slug={community.slug} threshold={settings} />
      </Card>
      <Card className="space-y-4">
        <div>
          <h2 className="text-xl font-semibold">{t("questionsTitle")}</h2>
          <p className="text-sm text-stone-700">{t("questionsLead")}</p>
        </div>
        <QuestionEditor action={saveQuestionsAction} slug={community.slug} questions={questions} />
      </Card>
    </div>
  );
}
