// Calendar arithmetic on ISO dates ("2026-11-24"), in UTC, matching the SQL function
// analytics_period_start (UTC days, ISO weeks starting Monday, calendar months).

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  // Rejects 2026-02-31 and friends, which Date would silently roll over.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && Number(match[1]) >= 1970;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parse(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function addDays(value: string, days: number): string {
  return toIsoDate(new Date(parse(value).getTime() + days * DAY_MS));
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parse(b).getTime() - parse(a).getTime()) / DAY_MS);
}

export function periodStart(grain: "day" | "week" | "month", value: string): string {
  const date = parse(value);
  if (grain === "day") return value;
  if (grain === "week") return addDays(value, -((date.getUTCDay() + 6) % 7));
  return `${value.slice(0, 7)}-01`;
}

export function nextPeriod(grain: "day" | "week" | "month", start: string): string {
  if (grain === "day") return addDays(start, 1);
  if (grain === "week") return addDays(start, 7);
  const date = parse(start);
  return toIsoDate(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
}

/** Every period start from the period containing `from` to the one containing `to`. */
export function periodsBetween(grain: "day" | "week" | "month", from: string, to: string): string[] {
  const periods: string[] = [];
  for (let start = periodStart(grain, from); start <= to; start = nextPeriod(grain, start)) periods.push(start);
  return periods;
}

/** The last day of the period that starts at `start`. */
export function periodEnd(grain: "day" | "week" | "month", start: string): string {
  return addDays(nextPeriod(grain, start), -1);
}
