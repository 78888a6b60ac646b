import type { CardData } from "./queries-types";
import type { CardId } from "./definitions";

// CSV exports of the cards, built from the same data the cards render. UTF-8 with a
// byte-order mark so Excel opens Chinese text correctly; CRLF line ends (RFC 4180).

export type CsvCell = string | number | null;
export type CsvLabels = {
  column: (key: string) => string;
  segment: (segment: string) => string;
  periodType: (grain: "day" | "week" | "month") => string;
  step: (step: string) => string;
};

const BOM = "\uFEFF";

function cell(value: CsvCell): string {
  if (value === null) return "";
  let text = String(value);
  // A leading = + - @ would make a spreadsheet treat user text as a formula.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: CsvCell[][]): string {
  return BOM + rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export function cardCsvRows<Card extends CardId>(card: Card, data: CardData[Card], labels: CsvLabels): CsvCell[][] {
  const c = labels.column;
  switch (card) {
    case "cohorts": {
      const cohorts = data as CardData["cohorts"];
      return [
        [c("cohort"), c("series"), c("members"), c("periodNumber"), c("period"), c("active"), c("retention")],
        ...cohorts.rows.flatMap((row) =>
          row.cells.map((entry) => [row.cohort, labels.segment(row.segment), row.size, entry.offset, entry.period, entry.active, percent(entry.rate)]),
        ),
      ];
    }
    case "active": {
      const active = data as CardData["active"];
      const series = (grain: "day" | "week" | "month", periods: { period: string; values: Record<string, number> }[], stickiness?: (index: number, segment: string) => number | null) =>
        periods.flatMap((entry, index) =>
          active.segments.map((segment) => [labels.periodType(grain), entry.period, labels.segment(segment), entry.values[segment] ?? 0, stickiness ? percent(stickiness(index, segment)) : null]),
        );
      return [
        [c("periodType"), c("period"), c("series"), c("active"), c("stickiness")],
        ...series("day", active.days),
        ...series("week", active.weeks),
        ...series("month", active.months, (index, segment) => active.months[index]?.stickiness[segment] ?? null),
      ];
    }
    case "churn": {
      const churn = data as CardData["churn"];
      return [
        [c("period"), c("series"), c("left"), c("removed"), c("banned"), c("inactive")],
        ...churn.periods.flatMap((entry) =>
          churn.segments.map((segment) => {
            const counts = entry.counts[segment];
            return [entry.period, labels.segment(segment), counts?.LEFT ?? 0, counts?.REMOVED ?? 0, counts?.BANNED ?? 0, counts?.INACTIVE ?? 0];
          }),
        ),
      ];
    }
    case "funnel": {
      const funnel = data as CardData["funnel"];
      return [
        [c("series"), c("step"), c("people"), c("fromPrevious"), c("fromFirst")],
        ...funnel.segments.flatMap((segment) =>
          segment.steps.map((step) => [labels.segment(segment.segment), labels.step(step.step), step.people, percent(step.fromPrevious), percent(step.fromFirst)]),
        ),
      ];
    }
    case "waves": {
      const waves = data as CardData["waves"];
      return [
        [c("wave"), c("series"), c("members"), c("retained"), c("retention")],
        ...waves.waves.flatMap((wave) =>
          waves.segments.map((segment) => {
            const value = wave.values[segment];
            return [wave.wave, labels.segment(segment), value?.members ?? 0, value?.retained ?? 0, percent(value?.rate ?? null)];
          }),
        ),
      ];
    }
  }
  return [];
}
