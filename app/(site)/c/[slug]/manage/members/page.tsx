import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CommunityNav } from "@/components/communities/community-nav";
import { ClientMessages } from "@/components/layout/client-messages";
import { Pagination } from "@/components/communities/pagination";
import { ActionForm } from "@/components/forms/action-form";
import { RemoveMemberForm } from "@/components/membership/remove-member-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { communityForRequest } from "@/lib/communities/community-for-request";
import { requireCommunityPermission } from "@/lib/communities/require-permission";
import { confirmPaymentAction, removeMemberAction } from "@/lib/membership/actions";
import { memberListParams } from "@/lib/membership/page-params";
import { listMembers, listPendingPayments, listWaitlist } from "@/lib/membership/queries";
import { roleRank } from "@/lib/server/authz";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("membership.members"))("title") };
}

export default async function MembersPage({ params, searchParams }: Props) {
  const community = await communityForRequest((await params).slug);
  if (!community) notFound();
  const viewer = await requireCommunityPermission(community, "community.members.manage", `/c/${community.slug}/manage/members`);
  const { q, page } = memberListParams.parse(await searchParams);
  const [t, tRole, tPage, format, list, payments, waitlist] = await Promise.all([
    getTranslations("membership.members"),
    getTranslations("communities.mine.role"),
    getTranslations("common.pagination"),
    getFormatter(),
    listMembers(community.id, { query: q, page }),
    listPendingPayments(community.id),
    listWaitlist(community.id),
  ]);
  const viewerRank = community.viewerRole ? roleRank[community.viewerRole] : 0;
  const base = `/c/${community.slug}/manage/members`;
  const money = (amountMinor: number, currency: string) => format.number(amountMinor / 100, { style: "currency", currency });
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ClientMessages namespaces={["membership"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <CommunityNav slug={community.slug} role={community.viewerRole} userId={viewer.id} current="members" />
        <div className="grid gap-4 lg:grid-cols-3">
          <section aria-labelledby="member-list" className="space-y-3 lg:col-span-2">
            <h2 id="member-list" className="text-lg font-semibold">
              {t("count", { count: list.total })}
            </h2>
            <form role="search" className="flex gap-2">
              <label htmlFor="member-search" className="sr-only">
                {t("search")}
              </label>
              <Input id="member-search" name="q" defaultValue={q} placeholder={t("search")} maxLength={100} />
              <Button type="submit" variant="secondary">
                {t("searchButton")}
              </Button>
            </form>
            {list.members.length === 0 ? (
              <p className="text-stone-600">{t("empty")}</p>
            ) : (
              <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
                {list.members.map((member) => (
                  <li key={member.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
                    <div className="text-sm">
                      <p className="font-medium text-stone-900">
                        {member.user.name} <span className="font-normal text-stone-600">· {tRole(member.role)}</span>
                      </p>
                      <p className="text-stone-600">
                        {member.user.email} · {t(`path.${member.entryPath}`)} · {member.isPaid ? t("paid") : t("free")} ·{" "}
                        {t("joined", { date: format.dateTime(member.joinedAt, { dateStyle: "medium" }) })}
                      </p>
                    </div>
                    {roleRank[member.role] < viewerRank ? <RemoveMemberForm action={removeMemberAction} membershipId={member.id} name={member.user.name} /> : null}
                  </li>
                ))}
              </ul>
            )}
            <Pagination
              page={page}
              pages={list.pages}
              href={(next) => `${base}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(next) })}`}
              labels={{ previous: tPage("previous"), next: tPage("next"), status: tPage("status", { page, pages: list.pages }) }}
            />
          </section>
          <div className="space-y-4">
            <Card aria-labelledby="payments-heading" className="space-y-3">
              <CardTitle id="payments-heading">{t("payments")}</CardTitle>
              {payments.length === 0 ? (
                <p className="text-sm text-stone-600">{t("paymentsEmpty")}</p>
              ) : (
                <ul className="space-y-3">
                  {payments.map((payment) => (
                    <li key={payment.id} className="space-y-1 text-sm">
                      <p className="font-medium">{t("paymentFrom", { amount: money(payment.amountMinor, payment.currency), name: payment.payer.name })}</p>
                      <p className="text-stone-600">{payment.reference ? t("reference", { reference: payment.reference }) : t("noReference")}</p>
                      <ActionForm action={confirmPaymentAction} submitLabel={t("confirm")} pendingLabel={t("confirming")} variant="secondary">
                        <input type="hidden" name="paymentId" value={payment.id} />
                      </ActionForm>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card aria-labelledby="waitlist-heading" className="space-y-3">
              <CardTitle id="waitlist-heading">{t("waitlist")}</CardTitle>
              {waitlist.length === 0 ? (
                <p className="text-sm text-stone-600">{t("waitlistEmpty")}</p>
              ) : (
                <ol className="list-decimal space-y-1 pl-5 text-sm">
                  {waitlist.map((entry) => (
                    <li key={entry.id}>
                      {entry.user.name} —{" "}
                      <span className="text-stone-600">
                        {entry.status === "OFFERED" && entry.offerExpiresAt ? t("offered", { until: when(entry.offerExpiresAt) }) : t("waiting", { date: when(entry.createdAt) })}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </Card>
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
