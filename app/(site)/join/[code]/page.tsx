import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { ApplicationForm } from "@/components/membership/application-form";
import { RulesList } from "@/components/membership/rules-list";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { communityForRequest } from "@/lib/communities/community-for-request";
import { acceptInvitationAction } from "@/lib/membership/actions";
import { findCurrentRules, findInvitation, listEntryQuestions } from "@/lib/membership/queries";
import { getViewer } from "@/lib/server/session";

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("membership.invite"))("metaTitle"), robots: { index: false } };
}

export default async function InvitationPage({ params }: Params) {
  const { code } = await params;
  const [t, tErrors] = await Promise.all([getTranslations("membership.invite"), getTranslations("errors")]);
  const invitation = /^[A-Za-z0-9_-]{8,64}$/.test(code) ? await findInvitation(code) : null;
  const now = new Date();
  const isUsable =
    invitation !== null &&
    invitation.revokedAt === null &&
    (invitation.expiresAt === null || invitation.expiresAt > now) &&
    (invitation.maxUses === null || invitation.useCount < invitation.maxUses);
  if (!invitation || !isUsable) {
    return (
      <Card className="mx-auto max-w-lg space-y-3 text-center">
        <h1 className="text-2xl font-semibold">{t("invalidTitle")}</h1>
        <p className="text-stone-700">{tErrors("invitation_invalid")}</p>
      </Card>
    );
  }
  const community = await communityForRequest(invitation.community.slug);
  if (!community) notFound();
  const viewer = await getViewer();
  const [rules, questions] = await Promise.all([
    findCurrentRules(community.id),
    community.entryMode === "APPLICATION" ? listEntryQuestions(community.id) : Promise.resolve([]),
  ]);
  return (
    <Card className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title", { name: community.name })}</h1>
        <p className="text-stone-700">{t("invitedBy", { name: invitation.createdBy.name })}</p>
        <p className="text-stone-800" lang={community.language}>
          {community.purpose}
        </p>
      </div>
      <RulesList rules={rules} />
      {viewer ? (
        <ClientMessages namespaces={["membership"]}>
          <ApplicationForm
            action={acceptInvitationAction}
            hidden={{ code, slug: community.slug }}
            questions={questions}
            rulesVersion={rules?.version ?? null}
            submitLabel={t("accept")}
            pendingLabel={t("accepting")}
          />
        </ClientMessages>
      ) : (
        <Button asChild>
          <Link href={`/sign-in?callbackUrl=/join/${code}`}>{t("signIn")}</Link>
        </Button>
      )}
    </Card>
  );
}
