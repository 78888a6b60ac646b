import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CardResult } from "@/lib/analytics/queries";
import { CardFrame, CardMessage, TableAlternative, tableClass } from "./card-frame";
import { LazyChart } from "./lazy-chart";

export async function WavesCard({ result, exportHref }: { result: Promise<CardResult<"waves">>; exportHref: string }) {
  const [loaded, t, tCard, tSegment, tCohorts, format, locale] = await Promise.all([
    result,
    getTranslations("insights.waves"),
    getTranslations("insights.card"),
    getTranslations("insights.segments"),
    getTranslations("insights.cohorts"),
    getFormatter(),
    getLocale(),
  ]);
  const frame = { id: "waves", title: t("title"), definition: t("definition"), exportHref };
  if (!loaded.ok) return <CardFrame {...frame}><CardMessage tone="error">{tCard("error")}</CardMessage></CardFrame>;
  const { waves, segments, topInviters } = loaded.data;
  if (waves.length === 0) return <CardFrame {...frame}><CardMessage tone="empty">{tCard("empty")}</CardMessage></CardFrame>;
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? "–" : format.number(value, { style: "percent", maximumFractionDigits: 0 }));
  const series = segments.map((segment) => ({ key: segment, label: tSegment(segment as "all") }));
  const split = segments.length > 1 || segments[0] !== "all";
  return (
    <CardFrame {...frame}>
      <LazyChart
        kind="bar"
        locale={locale}
        series={series}
        points={waves.map((wave) => ({ label: t("waveName", { n: wave.wave }), values: Object.fromEntries(segments.map((segment) => [segment, wave.values[segment]?.members ?? 0])) }))}
        summary={t("title")}
      />
      <TableAlternative>
        <table className={tableClass}>
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("wave")}</th>
              {split ? <th scope="col">{tCohorts("segment")}</th> : null}
              <th scope="col">{t("members")}</th>
              <th scope="col">{t("retained")}</th>
              <th scope="col">{t("rate")}</th>
            </tr>
          </thead>
          <tbody>
            {waves.flatMap((wave) =>
              segments.map((segment) => (
                <tr key={`${wave.wave}-${segment}`}>
                  <th scope="row">{t("waveName", { n: wave.wave })}</th>
                  {split ? <td>{tSegment(segment as "all")}</td> : null}
                  <td className="tabular-nums">{format.number(wave.values[segment]?.members ?? 0)}</td>
                  <td className="tabular-nums">{format.number(wave.values[segment]?.retained ?? 0)}</td>
                  <td className="tabular-nums">{percent(wave.values[segment]?.rate)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </TableAlternative>
      {topInviters.length === 0 ? (
        <p className="text-sm text-stone-600">{t("noInviters")}</p>
      ) : (
        <table className={tableClass}>
          <caption className="text-left font-medium">{t("topInviters")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("inviter")}</th>
              <th scope="col">{t("invitees")}</th>
              <th scope="col">{t("retained")}</th>
            </tr>
          </thead>
          <tbody>
            {topInviters.map((inviter) => (
              <tr key={inviter.inviterId}>
                <th scope="row" className="font-normal">{inviter.name}</th>
                <td className="tabular-nums">{format.number(inviter.invitees)}</td>
                <td className="tabular-nums">{format.number(inviter.retained)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </CardFrame>
  );
}
