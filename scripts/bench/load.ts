import autocannon from "autocannon";

// A load run with autocannon, recording every response time so the percentiles
// (p50/p95/p99) are exact rather than read off autocannon's fixed buckets.

export type LoadResult = { requests: number; perSecond: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export async function runLoad(options: {
  url: string;
  connections: number;
  durationSeconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  requests?: autocannon.Request[];
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    // autocannon treats a key set to undefined as a value, so only pass what is given.
    ...(options.method ? { method: options.method } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.body ? { body: options.body } : {}),
    ...(options.requests ? { requests: options.requests } : {}),
    setupClient: (client) => {
      client.on("response", (_status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
    },
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function formatLoad(label: string, load: LoadResult): string {
  return `${label.padEnd(58)} ${load.perSecond.toFixed(0).padStart(6)} req/s   p50 ${load.p50.toFixed(1).padStart(6)} ms   p95 ${load.p95
    .toFixed(1)
    .padStart(6)} ms   p99 ${load.p99.toFixed(1).padStart(6)} ms   errors ${load.errors}   non-2xx ${load.non2xx}`;
}
