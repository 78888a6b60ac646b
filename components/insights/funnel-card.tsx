import { getFormatter, getTranslations } from "next-intl/server";
import { FIRST_CONTRIBUTION_DAYS } from "@/lib/analytics/definitions";
import type { CardResult } from "@/lib/analytics/queries";
import { CardFrame, CardMessage, tableClass } from "./card-frame";

// The funnel is a table whose bars are drawn with CSS: readable, accessible as it is,
// and no chart library needed.
export async function FunnelCard({ result, exportHref }: { result: Promise<CardResult<"funnel">>; exportHref: string }) {
  const [loaded, t, tCard, tSegment, format] = await Promise.all([
    result,
    getTranslations("insights.funnel"),
    getTranslations("insights.card"),
    getTranslations("insights.segments"),
    getFormatter(),
  ]);
  const frame = { id: "funnel", title: t("title"), definition: t("definition", { days: FIRST_CONTRIBUTION_DAYS }), exportHref };
  if (!loaded.ok) return <CardFrame {...frame}><CardMessage tone="error">{tCard("error")}</CardMessage></CardFrame>;
  const { segments, includesVisitors } = loaded.data;
  if (segments.every((segment) => (segment.steps[0]?.people ?? 0) === 0)) {
    return <CardFrame {...frame}><CardMessage tone="empty">{tCard("empty")}</CardMessage></CardFrame>;
  }
  const percent = (value: number | null) => (value === null ? "–" : format.number(value, { style: "percent", maximumFractionDigits: 1 }));
  return (
    <CardFrame {...frame}>
      {includesVisitors ? null : <p className="text-sm text-stone-600">{t("visitorsLeftOut")}</p>}
      {segments.map((segment) => (
        <table key={segment.segment} className={tableClass}>
          <caption className="text-left font-medium">{tSegment(segment.segment as "all")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("step")}</th>
              <th scope="col">{t("people")}</th>
              <th scope="col">{t("fromPrevious")}</th>
              <th scope="col">{t("fromFirst")}</th>
            </tr>
          </thead>
          <tbody>
            {segment.steps.map((step) => (
              <tr key={step.step}>
                <th scope="row" className="w-2/5 font-normal">
                  {t(`steps.${step.step as "viewed"}`)}
                  <span aria-hidden="true" className="mt-1 block h-2 rounded bg-canopy-600" style={{ width: `${Math.max(2, (step.fromFirst ?? 0) * 100)}%` }} />
                </th>
                <td className="tabular-nums">{format.number(step.people)}</td>
                <td className="tabular-nums">{percent(step.fromPrevious)}</td>
                <td className="tabular-nums">{percent(step.fromFirst)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </CardFrame>
  );
}
