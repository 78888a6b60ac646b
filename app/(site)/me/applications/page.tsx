import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { withdrawApplicationAction } from "@/lib/membership/actions";
import { listMyApplications } from "@/lib/membership/queries";
import { getViewer } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("membership.mine"))("title") };
}

export default async function MyApplicationsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/me/applications");
  const [t, tStatus, format, applications] = await Promise.all([
    getTranslations("membership.mine"),
    getTranslations("membership.review.status"),
    getFormatter(),
    listMyApplications(viewer.id),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {applications.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{t("empty")}</p>
      ) : (
          <ul className="space-y-4">
            {applications.map((application) => (
              <li key={application.id}>
                <Card className="space-y-3">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 className="font-semibold">
                      <Link href={`/c/${application.community.slug}`} className="hover:underline">
                        {application.community.name}
                      </Link>
                    </h2>
                    <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium">{tStatus(application.status)}</span>
                  </div>
                  <p className="text-sm text-stone-600">{format.dateTime(application.submittedAt, { dateStyle: "long" })}</p>
                  {application.answers.length > 0 ? (
                    <dl className="space-y-2">
                      {application.answers.map((answer) => (
                        <div key={answer.id}>
                          <dt className="text-sm font-medium text-stone-700">{answer.prompt}</dt>
                          <dd className="whitespace-pre-line">{answer.answer}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                  {application.decisionReason ? <p className="text-sm">{t("decision", { reason: application.decisionReason })}</p> : null}
                  {application.status === "PENDING" || application.status === "AWAITING_PAYMENT" ? (
                    <ActionForm action={withdrawApplicationAction} submitLabel={t("withdraw")} pendingLabel={t("withdraw")} variant="ghost">
                      <input type="hidden" name="applicationId" value={application.id} />
                    </ActionForm>
                  ) : null}
                </Card>
              </li>
            ))}
          </ul>
      )}
    </div>
  );
}
