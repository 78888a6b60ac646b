import { getFormatter, getTranslations } from "next-intl/server";
import type { CardResult } from "@/lib/analytics/queries";
import { CardFrame, CardMessage, tableClass } from "./card-frame";

// The retention triangle as a heat-map table: it is its own accessible table (row and
// column headers, the exact count in every cell's text), so it needs no chart library.

function shade(rate: number | null): string {
  if (rate === null) return "bg-white text-stone-500";
  if (rate >= 0.8) return "bg-canopy-800 text-white";
  if (rate >= 0.6) return "bg-canopy-700 text-white";
  if (rate >= 0.4) return "bg-canopy-200 text-stone-900";
  if (rate >= 0.2) return "bg-canopy-100 text-stone-900";
  if (rate > 0) return "bg-canopy-50 text-stone-900";
  return "bg-white text-stone-600";
}

export async function CohortCard({ result, exportHref }: { result: Promise<CardResult<"cohorts">>; exportHref: string }) {
  const [loaded, t, tCard, tSegment, format] = await Promise.all([
    result,
    getTranslations("insights.cohorts"),
    getTranslations("insights.card"),
    getTranslations("insights.segments"),
    getFormatter(),
  ]);
  const grain = loaded.ok ? loaded.data.grain : "week";
  const frame = { id: "cohorts", title: t("title"), definition: t("definition", { grain }), exportHref };
  if (!loaded.ok) return <CardFrame {...frame}><CardMessage tone="error">{tCard("error")}</CardMessage></CardFrame>;
  const { rows, periods } = loaded.data;
  if (rows.length === 0) return <CardFrame {...frame}><CardMessage tone="empty">{tCard("empty")}</CardMessage></CardFrame>;
  const hasSegments = rows.some((row) => row.segment !== "all");
  const percent = (rate: number | null) => (rate === null ? "–" : format.number(rate, { style: "percent", maximumFractionDigits: 0 }));
  return (
    <CardFrame {...frame}>
      <div className="max-h-[28rem] overflow-auto" tabIndex={0} role="region" aria-label={t("title")}>
        <table className={tableClass}>
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cohort")}</th>
              {hasSegments ? <th scope="col">{t("segment")}</th> : null}
              <th scope="col">{t("size")}</th>
              {periods.map((_, offset) => (
                <th key={offset} scope="col" className="whitespace-nowrap">
                  {t("offset", { grain, n: offset })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.cohort}-${row.segment}`}>
                <th scope="row" className="whitespace-nowrap">{row.cohort}</th>
                {hasSegments ? <td>{tSegment(row.segment as "all")}</td> : null}
                <td data-testid="cohort-size">{format.number(row.size)}</td>
                {row.cells.map((cell) => (
                  <td key={cell.offset} className={`text-center tabular-nums ${shade(cell.rate)}`} title={t("cell", { rate: percent(cell.rate), count: cell.active, size: row.size })}>
                    {percent(cell.rate)}
                    <span className="sr-only"> ({t("cell", { rate: percent(cell.rate), count: cell.active, size: row.size })})</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </CardFrame>
  );
}
