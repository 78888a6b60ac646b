import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { churnKinds } from "@/lib/analytics/churn";
import type { CardResult } from "@/lib/analytics/queries";
import { CardFrame, CardMessage, TableAlternative, tableClass } from "./card-frame";
import { LazyChart } from "./lazy-chart";

export async function ChurnCard({ result, exportHref }: { result: Promise<CardResult<"churn">>; exportHref: string }) {
  const [loaded, t, tCard, tSegment, tCohorts, format, locale] = await Promise.all([
    result,
    getTranslations("insights.churn"),
    getTranslations("insights.card"),
    getTranslations("insights.segments"),
    getTranslations("insights.cohorts"),
    getFormatter(),
    getLocale(),
  ]);
  const days = loaded.ok ? loaded.data.inactiveAfterDays : 30;
  const frame = { id: "churn", title: t("title"), definition: t("definition", { days }), exportHref };
  if (!loaded.ok) return <CardFrame {...frame}><CardMessage tone="error">{tCard("error")}</CardMessage></CardFrame>;
  const { periods, segments, reasons } = loaded.data;
  const total = (counts: Record<string, Record<string, number>>, kind: string) => segments.reduce((sum, segment) => sum + (counts[segment]?.[kind] ?? 0), 0);
  if (periods.every((entry) => churnKinds.every((kind) => total(entry.counts, kind) === 0))) {
    return <CardFrame {...frame}><CardMessage tone="empty">{tCard("empty")}</CardMessage></CardFrame>;
  }
  const kinds = churnKinds.map((kind) => ({ key: kind, label: t(`kinds.${kind}`) }));
  return (
    <CardFrame {...frame}>
      <LazyChart
        kind="stacked"
        locale={locale}
        series={kinds}
        points={periods.map((entry) => ({ label: entry.period, values: Object.fromEntries(churnKinds.map((kind) => [kind, total(entry.counts, kind)])) }))}
        summary={t("title")}
      />
      <TableAlternative>
        <table className={tableClass}>
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("period")}</th>
              {segments.length > 1 || segments[0] !== "all" ? <th scope="col">{tCohorts("segment")}</th> : null}
              {kinds.map((kind) => <th key={kind.key} scope="col">{kind.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {periods.flatMap((entry) =>
              segments.map((segment) => (
                <tr key={`${entry.period}-${segment}`}>
                  <th scope="row">{entry.period}</th>
                  {segments.length > 1 || segments[0] !== "all" ? <td>{tSegment(segment as "all")}</td> : null}
                  {churnKinds.map((kind) => <td key={kind} className="tabular-nums">{format.number(entry.counts[segment]?.[kind] ?? 0)}</td>)}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </TableAlternative>
      {reasons.length > 0 ? (
        <table className={tableClass}>
          <caption className="text-left font-medium">{t("reasons")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("reason")}</th>
              <th scope="col">{t("period")}</th>
              <th scope="col">{t("count")}</th>
            </tr>
          </thead>
          <tbody>
            {reasons.map((reason) => (
              <tr key={`${reason.reason ?? ""}-${reason.kind}`}>
                <th scope="row" className="font-normal">{reason.reason ?? t("unknownReason")}</th>
                <td>{t(`kinds.${reason.kind}`)}</td>
                <td className="tabular-nums">{format.number(reason.members)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </CardFrame>
  );
}
