import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CommunityNav } from "@/components/communities/community-nav";
import { ActionForm } from "@/components/forms/action-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { CreateInvitationForm } from "@/components/membership/create-invitation-form";
import { Card } from "@/components/ui/card";
import { communityForRequest } from "@/lib/communities/community-for-request";
import { createInvitationAction, revokeInvitationAction } from "@/lib/membership/actions";
import { mayInvite } from "@/lib/membership/invitation-policy";
import { invitationsLeft, isActiveNodeLeader, listMyInvitations } from "@/lib/membership/queries";
import { getViewer } from "@/lib/server/session";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const community = await communityForRequest((await params).slug);
  return community ? { title: (await getTranslations("membership.invitations"))("title", { name: community.name }) } : {};
}

export default async function InvitationsPage({ params }: Params) {
  const community = await communityForRequest((await params).slug);
  if (!community) notFound();
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=/c/${community.slug}/invitations`);
  if (!community.viewerRole) notFound();
  const [t, format, invitations, leads, left] = await Promise.all([
    getTranslations("membership.invitations"),
    getFormatter(),
    listMyInvitations(community.id, viewer.id),
    isActiveNodeLeader(community.id, viewer.id),
    invitationsLeft(community.id, viewer.id),
  ]);
  const allowed = mayInvite(community.inviterPolicy, community.viewerRole, leads);
  const now = new Date();
  const host = (await headers()).get("host") ?? "localhost:3000";
  const origin = `${host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https"}://${host}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title", { name: community.name })}</h1>
        <p className="mt-1 text-stone-700">{t("lead")}</p>
      </div>
      <CommunityNav slug={community.slug} role={community.viewerRole} userId={viewer.id} current="invitations" />
      {allowed ? (
        <Card className="space-y-3">
          <p className="text-sm text-stone-700">
            {left === null ? t("noQuota") : t("quota", { left })}
          </p>
          <ClientMessages namespaces={["membership"]}>
            <CreateInvitationForm action={createInvitationAction} slug={community.slug} origin={origin} />
          </ClientMessages>
        </Card>
      ) : (
        <p className="rounded-md border border-stone-200 bg-white p-4 text-stone-700">{t("notAllowed", { who: t(`policy.${community.inviterPolicy}`) })}</p>
      )}
      <section className="space-y-3">
        {invitations.length === 0 ? (
          <p className="text-stone-600">{t("empty")}</p>
        ) : (
          <ul className="space-y-2">
            {invitations.map((invitation) => {
              const isExpired = invitation.expiresAt !== null && invitation.expiresAt <= now;
              return (
                <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-stone-200 bg-white p-3">
                  <div className="space-y-0.5 text-sm">
                    <code className="break-all text-stone-900">
                      {origin}/join/{invitation.code}
                    </code>
                    <p className="text-stone-600">
                      {t("uses", { used: invitation.useCount, max: invitation.maxUses ?? "∞" })} ·{" "}
                      {invitation.revokedAt
                        ? t("revoked")
                        : isExpired
                          ? t("expired")
                          : invitation.expiresAt
                            ? t("expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium" }) })
                            : null}
                    </p>
                  </div>
                  {!invitation.revokedAt && !isExpired ? (
                    <ActionForm action={revokeInvitationAction} submitLabel={t("revoke")} pendingLabel={t("revoke")} variant="ghost">
                      <input type="hidden" name="invitationId" value={invitation.id} />
                    </ActionForm>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
