// Pure helpers that turn the SQL answers into what the cards show. No I/O.

/** part / whole, or null when there is nobody to measure (never divide by zero). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export type SegmentCount = { segment: string; members: number };

export type CohortSize = { cohort: string; segment: string; members: number };
export type CohortActivity = { cohort: string; period: string; segment: string; members: number };
export type CohortCell = { offset: number; period: string; active: number; rate: number | null };
export type CohortRow = { cohort: string; segment: string; size: number; cells: CohortCell[] };

/**
 * The retention triangle: one row per cohort (and segment), one cell per period from
 * the cohort's own period (offset 0) to the last period of the range.
 */
export function buildCohortTriangle(periods: string[], sizes: CohortSize[], activity: CohortActivity[]): CohortRow[] {
  const active = new Map(activity.map((row) => [`${row.cohort}|${row.segment}|${row.period}`, row.members]));
  const rows: CohortRow[] = [];
  const segments = orderSegments([...new Set(sizes.map((size) => size.segment))]);
  for (const cohort of periods) {
    for (const segment of segments) {
      const size = sizes.find((entry) => entry.cohort === cohort && entry.segment === segment)?.members ?? 0;
      if (size === 0) continue;
      const cells = periods
        .filter((period) => period >= cohort)
        .map((period, offset) => {
          const count = active.get(`${cohort}|${segment}|${period}`) ?? 0;
          return { offset, period, active: count, rate: share(count, size) };
        });
      rows.push({ cohort, segment, size, cells });
    }
  }
  return rows;
}

/** Segments in a stable, meaningful order: all, paid before free, entry paths in their enum order. */
const SEGMENT_ORDER = ["all", "paid", "free", "FOUNDER", "OPEN", "APPLICATION", "INVITATION", "visitor"];
export function orderSegments(segments: string[]): string[] {
  const rank = (segment: string) => {
    const index = SEGMENT_ORDER.indexOf(segment);
    return index === -1 ? SEGMENT_ORDER.length : index;
  };
  return [...segments].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Stickiness: the average daily active count over a month's days in range, divided by that month's active count. */
export function stickiness(dailyActive: number[], monthlyActive: number): number | null {
  if (dailyActive.length === 0) return null;
  const average = dailyActive.reduce((sum, value) => sum + value, 0) / dailyActive.length;
  return share(average, monthlyActive);
}

export type FunnelStep = { step: string; people: number };
export type FunnelStepWithRates = FunnelStep & { fromPrevious: number | null; fromFirst: number | null };

export function funnelConversions(steps: FunnelStep[]): FunnelStepWithRates[] {
  const first = steps[0]?.people ?? 0;
  return steps.map((step, index) => {
    const previous = index === 0 ? null : (steps[index - 1]?.people ?? 0);
    return { ...step, fromPrevious: previous === null ? null : share(step.people, previous), fromFirst: share(step.people, first) };
  });
}
