import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CommunityNav } from "@/components/communities/community-nav";
import { Pagination } from "@/components/communities/pagination";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { auditParams, listAuditEntries } from "@/lib/audit/queries";
import { communityForRequest } from "@/lib/communities/community-for-request";
import { requireCommunityPermission } from "@/lib/communities/require-permission";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.audit"))("title") };
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return JSON.stringify(value, null, 1);
}

export default async function AuditLogPage({ params, searchParams }: Props) {
  const community = await communityForRequest((await params).slug);
  if (!community) notFound();
  const viewer = await requireCommunityPermission(community, "community.audit.view", `/c/${community.slug}/audit`);
  const filters = auditParams.parse(await searchParams);
  const [t, tPage, format, log] = await Promise.all([getTranslations("settings.audit"), getTranslations("common.pagination"), getFormatter(), listAuditEntries(community.id, filters)]);
  const href = (page: number) => {
    const search = new URLSearchParams();
    for (const key of ["action", "actor", "from", "to"] as const) if (filters[key]) search.set(key, String(filters[key]));
    search.set("page", String(page));
    return `/c/${community.slug}/audit?${search}`;
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <CommunityNav slug={community.slug} role={community.viewerRole} userId={viewer.id} current="audit" />
      <form className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-5">
        <label className="space-y-1 text-sm" htmlFor="audit-action">
          <span className="block font-medium">{t("action")}</span>
          <Select id="audit-action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">{t("allActions")}</option>
            {log.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </Select>
        </label>
        <label className="space-y-1 text-sm" htmlFor="audit-actor">
          <span className="block font-medium">{t("actor")}</span>
          <Input id="audit-actor" name="actor" defaultValue={filters.actor} maxLength={100} />
        </label>
        <label className="space-y-1 text-sm" htmlFor="audit-from">
          <span className="block font-medium">{t("from")}</span>
          <Input id="audit-from" name="from" type="date" defaultValue={filters.from} />
        </label>
        <label className="space-y-1 text-sm" htmlFor="audit-to">
          <span className="block font-medium">{t("to")}</span>
          <Input id="audit-to" name="to" type="date" defaultValue={filters.to} />
        </label>
        <div className="flex items-end">
          <Button type="submit">{t("filter")}</Button>
        </div>
      </form>
      {log.entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-3">
          {log.entries.map((entry) => (
            <li key={String(entry.id)} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
              <p>
                <span className="font-mono font-medium">{entry.action}</span> · {entry.actor?.name ?? t("system")} ·{" "}
                <span className="text-stone-600">{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
              </p>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                <div>
                  <p className="text-xs font-medium text-stone-600">{t("before")}</p>
                  <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-words rounded bg-stone-50 p-2 text-xs" tabIndex={0}>
                    {show(entry.before)}
                  </pre>
                </div>
                <div>
                  <p className="text-xs font-medium text-stone-600">{t("after")}</p>
                  <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-words rounded bg-stone-50 p-2 text-xs" tabIndex={0}>
                    {show(entry.after)}
                  </pre>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={filters.page} pages={log.pages} href={href} labels={{ previous: tPage("previous"), next: tPage("next"), status: tPage("status", { page: filters.page, pages: log.pages }) }} />
    </div>
  );
}
