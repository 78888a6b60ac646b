import { getTranslations } from "next-intl/server";
import { isCardId } from "@/lib/analytics/definitions";
import { cardCsvRows, toCsv } from "@/lib/analytics/csv";
import { loadCard, loadInsightsRequest } from "@/lib/analytics/queries";

// GET /c/[slug]/insights/export/[card]?<filters>: one card as CSV. Authorised exactly
// like the page (loadInsightsRequest); anyone who may not see the page gets a 404.

type Context = { params: Promise<{ slug: string; card: string }> };

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, context: Context): Promise<Response> {
  const { slug, card } = await context.params;
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const insights = await loadInsightsRequest(slug, searchParams);
  if (!insights || !isCardId(card)) return notFound();
  const [t, tProblems, tSegment, tSteps] = await Promise.all([
    getTranslations("insights.csv"),
    getTranslations("insights.filters.problems"),
    getTranslations("insights.segments"),
    getTranslations("insights.funnel.steps"),
  ]);
  if (insights.problems.length > 0) {
    const problems = insights.problems.map((problem) => `${problem.field}: ${tProblems(problem.code as "invalid_date", { years: 3 })}`).join("; ");
    return new Response(t("badFilters", { problems }), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const result = await loadCard(card, insights.query);
  if (!result.ok) return new Response("Could not build this export; please try again.", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const csv = toCsv(
    cardCsvRows(card, result.data, {
      column: (key) => t(key as "cohort"),
      segment: (segment) => tSegment(segment as "all"),
      periodType: (grain) => t(`periodTypes.${grain}`),
      step: (step) => tSteps(step as "viewed"),
    }),
  );
  const { from, to } = insights.filters;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${insights.access.community.slug}-${card}-${from}-${to}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
