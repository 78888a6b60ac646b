import { percentile } from "./load";

export type RunStats = { operations: number; seconds: number; perSecond: number; p50: number; p95: number; p99: number };

/** Runs `operation(i)` for i < count with `concurrency` in flight, timing each call. */
export async function timedRun(count: number, concurrency: number, operation: (index: number) => Promise<unknown>): Promise<RunStats> {
  const latencies = new Array<number>(count);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < count; index = next++) {
        const t0 = performance.now();
        await operation(index);
        latencies[index] = performance.now() - t0;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { operations: count, seconds, perSecond: count / seconds, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) };
}

export function formatStats(label: string, stats: RunStats, ceiling?: RunStats): string {
  const ratio = ceiling ? `   ${((stats.perSecond / ceiling.perSecond) * 100).toFixed(0).padStart(3)}% of ceiling` : "";
  return `${label.padEnd(58)} ${stats.perSecond.toFixed(0).padStart(6)}/s   p50 ${stats.p50.toFixed(1).padStart(6)} ms   p95 ${stats.p95
    .toFixed(1)
    .padStart(6)} ms   p99 ${stats.p99.toFixed(1).padStart(6)} ms${ratio}`;
}
