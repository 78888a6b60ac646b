import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { ApplicationForm } from "@/components/membership/application-form";
import { RulesList } from "@/components/membership/rules-list";
import { Card } from "@/components/ui/card";
import { communityForRequest } from "@/lib/communities/community-for-request";
import { applyAction } from "@/lib/membership/actions";
import { findCurrentRules, findEntryState, listEntryQuestions } from "@/lib/membership/queries";
import { getViewer } from "@/lib/server/session";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const community = await communityForRequest((await params).slug);
  const t = await getTranslations("membership.apply");
  return community ? { title: t("title", { name: community.name }) } : {};
}

export default async function ApplyPage({ params }: Params) {
  const community = await communityForRequest((await params).slug);
  if (!community) notFound();
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=/c/${community.slug}/apply`);
  const state = await findEntryState(community.id, viewer.id, community.reapplyCooldownDays);
  // Members, people already waiting or in review, and the banned see their status there.
  if (community.entryMode !== "APPLICATION" || state.kind !== "none") redirect(`/c/${community.slug}`);
  const [t, questions, rules] = await Promise.all([getTranslations("membership.apply"), listEntryQuestions(community.id), findCurrentRules(community.id)]);
  return (
    <Card className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title", { name: community.name })}</h1>
        <p className="mt-1 text-stone-700">{t("lead")}</p>
      </div>
      <RulesList rules={rules} />
      <ClientMessages namespaces={["membership"]}>
        <ApplicationForm
          action={applyAction}
          hidden={{ slug: community.slug }}
          questions={questions}
          rulesVersion={rules?.version ?? null}
          submitLabel={t("submit")}
          pendingLabel={t("submitting")}
        />
      </ClientMessages>
    </Card>
  );
}
