import http from "node:http";
import { performance } from "node:perf_hooks";
import { type LoadResult, percentile } from "./load";

// A load at a fixed rate (open loop, as wrk2 does it), where runLoad is closed loop.
//
// Closed loop, each connection sends its next request when the last one returns, so the
// server is always saturated and the latency is fixed by Little's law: connections ÷
// throughput (32 connections at 400 req/s is 80 ms whatever the server does per request).
// That says how fast the server can go, not how long people wait at a given load.
//
// Here the requests are due at a constant rate, spread over the connections in turn
// (request i goes on connection i mod N). A connection still sends one request at a
// time, as a browser's would; a request due while its connection is busy waits for it.
// Every latency is measured from the moment the request was due, not from when it could
// be sent, so a slow server is charged for the requests it held up (the "coordinated
// omission" correction).

export type PacedRequest = { method: "GET" | "POST"; headers?: Record<string, string>; body?: string };

export type PacedLoadResult = LoadResult & {
  /** Requests per second asked for. */
  offeredPerSecond: number;
  /** The most requests that were due but not yet sent, at any moment. */
  maxBacklog: number;
};

type Outcome = { latency: number; status: number } | { latency: number; error: Error };

function send(agent: http.Agent, url: URL, request: PacedRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { agent, method: request.method, headers: request.headers }, (response) => {
      response.resume();
      response.once("end", () => resolve(response.statusCode ?? 0));
      response.once("error", reject);
    });
    outgoing.once("error", reject);
    outgoing.end(request.body);
  });
}

export async function runPacedLoad(options: {
  url: string;
  ratePerSecond: number;
  connections: number;
  durationSeconds: number;
  /** The i-th request (0-based). */
  request: (index: number) => PacedRequest;
}): Promise<PacedLoadResult> {
  const { ratePerSecond, connections, durationSeconds } = options;
  if (!(ratePerSecond > 0) || !(connections >= 1) || !(durationSeconds > 0)) throw new Error("rate, connections and duration must be positive");
  const url = new URL(options.url);
  const total = Math.round(ratePerSecond * durationSeconds);
  const interval = 1000 / ratePerSecond;
  // One kept-alive socket per connection; its requests are chained below, one at a time.
  const agents = Array.from({ length: connections }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const connectionTail: Promise<unknown>[] = agents.map(() => Promise.resolve());
  const outcomes: Promise<Outcome>[] = [];
  let sent = 0;
  let started = 0;
  let maxBacklog = 0;
  const start = performance.now();

  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        const index = sent++;
        const due = start + index * interval;
        const connection = index % connections;
        const agent = agents[connection] as http.Agent;
        // Requests on one connection go in order; each is due at `due`, sent when its turn comes.
        const outcome = (connectionTail[connection] as Promise<unknown>).then(async (): Promise<Outcome> => {
          started++;
          try {
            const status = await send(agent, url, options.request(index));
            return { latency: performance.now() - due, status };
          } catch (error) {
            return { latency: performance.now() - due, error: error instanceof Error ? error : new Error(String(error)) };
          }
        });
        connectionTail[connection] = outcome;
        outcomes.push(outcome);
      }
      maxBacklog = Math.max(maxBacklog, sent - started);
      if (sent >= total) done();
      else setTimeout(tick, Math.max(0, Math.min(interval, start + sent * interval - performance.now())));
    };
    tick();
  });
  const results = await Promise.all(outcomes);
  const elapsedSeconds = (performance.now() - start) / 1000;
  for (const agent of agents) agent.destroy();

  const latencies = results.map((result) => result.latency).sort((a, b) => a - b);
  const errors = results.filter((result) => "error" in result).length;
  const non2xx = results.filter((result) => "status" in result && (result.status < 200 || result.status > 299)).length;
  return {
    requests: results.length,
    perSecond: results.length / elapsedSeconds,
    offeredPerSecond: ratePerSecond,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors,
    non2xx,
    maxBacklog,
  };
}
