import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CommunityNav } from "@/components/communities/community-nav";
import { ClientMessages } from "@/components/layout/client-messages";
import { Pagination } from "@/components/communities/pagination";
import { BULK_FORM_ID, BulkReviewForm } from "@/components/membership/bulk-review-form";
import { ReviewDecisionForm } from "@/components/membership/review-decision-form";
import { Card } from "@/components/ui/card";
import { communityForRequest } from "@/lib/communities/community-for-request";
import { requireCommunityPermission } from "@/lib/communities/require-permission";
import { bulkReviewAction, reviewApplicationAction } from "@/lib/membership/actions";
import { reviewParams } from "@/lib/membership/page-params";
import { listApplicationsForReview } from "@/lib/membership/queries";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("membership.review"))("title") };
}

export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const community = await communityForRequest((await params).slug);
  if (!community) notFound();
  const viewer = await requireCommunityPermission(community, "community.applications.review", `/c/${community.slug}/manage/applications`);
  const { tab, page } = reviewParams.parse(await searchParams);
  const [t, tCommon, format, queue] = await Promise.all([
    getTranslations("membership.review"),
    getTranslations("common.pagination"),
    getFormatter(),
    listApplicationsForReview(community.id, tab, page),
  ]);
  const base = `/c/${community.slug}/manage/applications`;
  const tabs = ["PENDING", "AWAITING_PAYMENT", "decided"] as const;
  return (
    <ClientMessages namespaces={["membership"]}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          {community.memberCap !== null ? (
            <p className="text-sm text-stone-600">{t("seats", { taken: community.memberCount, cap: community.memberCap, held: community.seatsHeld })}</p>
          ) : null}
        </div>
        <CommunityNav slug={community.slug} role={community.viewerRole} userId={viewer.id} current="applications" />
        <nav aria-label={t("title")} className="flex gap-2">
          {tabs.map((key) => (
            <Link
              key={key}
              href={`${base}?tab=${key}`}
              aria-current={tab === key ? "page" : undefined}
              className="rounded-full border border-stone-300 px-3 py-1 text-sm aria-[current=page]:border-canopy-700 aria-[current=page]:bg-canopy-50 aria-[current=page]:font-semibold"
            >
              {t(`tabs.${key}`)}
            </Link>
          ))}
        </nav>
        {tab === "PENDING" && queue.applications.length > 1 ? <BulkReviewForm action={bulkReviewAction} /> : null}
        {queue.applications.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{t("empty")}</p>
        ) : (
          <ul className="space-y-4">
            {queue.applications.map((application) => (
              <li key={application.id}>
                <Card className="space-y-3">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <h2 className="font-semibold">
                        {tab === "PENDING" ? (
                          <label className="flex items-center gap-2">
                            <input
                              type="checkbox"
                              name="applicationIds"
                              value={application.id}
                              form={BULK_FORM_ID}
                              aria-label={t("select", { name: application.applicant.name })}
                              className="size-4 accent-canopy-700"
                            />
                            <span>{application.applicant.name}</span>
                          </label>
                        ) : (
                          application.applicant.name
                        )}
                      </h2>
                      <p className="text-sm text-stone-600">
                        {application.applicant.email} · {t("submitted", { date: format.dateTime(application.submittedAt, { dateStyle: "medium" }) })}
                        {application.invitation ? ` · ${t("invitedBy", { name: application.invitation.createdBy.name })}` : null}
                      </p>
                    </div>
                    <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium">{t(`status.${application.status}`)}</span>
                  </div>
                  {application.answers.length > 0 ? (
                    <dl className="space-y-2">
                      {application.answers.map((answer) => (
                        <div key={answer.id}>
                          <dt className="text-sm font-medium text-stone-700">{answer.prompt}</dt>
                          <dd className="whitespace-pre-line text-stone-900">{answer.answer}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : (
                    <p className="text-sm text-stone-600">{t("noAnswers")}</p>
                  )}
                  {application.decidedAt && application.decidedBy ? (
                    <p className="text-sm text-stone-700">
                      {t("decided", {
                        status: t(`status.${application.status}`),
                        date: format.dateTime(application.decidedAt, { dateStyle: "medium" }),
                        name: application.decidedBy.name,
                      })}
                      {application.decisionReason ? ` — ${application.decisionReason}` : null}
                      {application.reviewerNote ? <span className="block text-stone-600">{application.reviewerNote}</span> : null}
                    </p>
                  ) : null}
                  {application.status === "PENDING" ? <ReviewDecisionForm action={reviewApplicationAction} applicationId={application.id} /> : null}
                </Card>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          pages={queue.pages}
          href={(next) => `${base}?tab=${tab}&page=${next}`}
          labels={{ previous: tCommon("previous"), next: tCommon("next"), status: tCommon("status", { page, pages: queue.pages }) }}
        />
      </div>
    </ClientMessages>
  );
}
