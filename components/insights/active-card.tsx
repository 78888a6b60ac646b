import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CardResult } from "@/lib/analytics/queries";
import { CardFrame, CardMessage, TableAlternative, tableClass } from "./card-frame";
import { LazyChart } from "./lazy-chart";

type Series = { period: string; values: Record<string, number> }[];

export async function ActiveCard({ result, exportHref }: { result: Promise<CardResult<"active">>; exportHref: string }) {
  const [loaded, t, tCard, tSegment, format, locale] = await Promise.all([
    result,
    getTranslations("insights.active"),
    getTranslations("insights.card"),
    getTranslations("insights.segments"),
    getFormatter(),
    getLocale(),
  ]);
  const frame = { id: "active", title: t("title"), definition: t("definition"), exportHref };
  if (!loaded.ok) return <CardFrame {...frame}><CardMessage tone="error">{tCard("error")}</CardMessage></CardFrame>;
  const { segments, days, weeks, months } = loaded.data;
  const isEmpty = [...days, ...weeks].every((entry) => Object.values(entry.values).every((value) => value === 0));
  if (isEmpty) return <CardFrame {...frame}><CardMessage tone="empty">{tCard("empty")}</CardMessage></CardFrame>;
  const series = segments.map((segment) => ({ key: segment, label: tSegment(segment as "all") }));
  const table = (caption: string, periodLabel: string, rows: Series) => (
    <table className={tableClass}>
      <caption className="text-left font-medium">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{periodLabel}</th>
          {series.map((entry) => <th key={entry.key} scope="col">{entry.label}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.period}>
            <th scope="row">{row.period}</th>
            {series.map((entry) => <td key={entry.key} className="tabular-nums">{format.number(row.values[entry.key] ?? 0)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? "–" : format.number(value, { style: "percent", maximumFractionDigits: 0 }));
  return (
    <CardFrame {...frame}>
      <h3 className="text-sm font-medium text-stone-800">{t("weekly")}</h3>
      <LazyChart kind="line" locale={locale} series={series} points={weeks.map((week) => ({ label: week.period, values: week.values }))} summary={t("weekly")} />
      <h3 className="text-sm font-medium text-stone-800">{t("daily")}</h3>
      <LazyChart kind="line" locale={locale} series={series} points={days.map((day) => ({ label: day.period, values: day.values }))} summary={t("daily")} />
      <TableAlternative>
        <div className="space-y-4">
          {table(t("weekly"), t("week"), weeks)}
          {table(t("daily"), t("day"), days)}
        </div>
      </TableAlternative>
      <table className={tableClass}>
        <caption className="text-left font-medium">{t("monthly")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("month")}</th>
            {series.map((entry) => (
              <th key={entry.key} scope="col">
                {entry.label}: {t("mau")} / {t("stickiness")}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.period}>
              <th scope="row">{month.period.slice(0, 7)}</th>
              {series.map((entry) => (
                <td key={entry.key} className="tabular-nums">
                  {format.number(month.values[entry.key] ?? 0)} / {percent(month.stickiness[entry.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </CardFrame>
  );
}
