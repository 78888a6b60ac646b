import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { runPacedLoad } from "../../scripts/bench/paced-load";

// bench:join's latency-at-a-rate figures come from runPacedLoad; these check it
// against real local servers whose behaviour is known.

const servers: http.Server[] = [];

async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe("runPacedLoad", () => {
  it("sends the requests due at the rate, spread over the connections, and reads each body", async () => {
    const connections = new Set<string>();
    const bodies: string[] = [];
    const url = await serve((request, response) => {
      connections.add(`${request.socket.remotePort}`);
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        bodies.push(body);
        setTimeout(() => response.end("ok"), 20);
      });
    });
    const result = await runPacedLoad({
      url,
      ratePerSecond: 40,
      connections: 4,
      durationSeconds: 1,
      request: (index) => ({ method: "POST", headers: { "content-type": "text/plain" }, body: `request ${index}` }),
    });
    expect(result.requests).toBe(40);
    expect(result.offeredPerSecond).toBe(40);
    expect(result.errors).toBe(0);
    expect(result.non2xx).toBe(0);
    // Every request's own body arrived, and the keep-alive connections were reused.
    expect(bodies.sort()).toEqual(Array.from({ length: 40 }, (_, index) => `request ${index}`).sort());
    expect(connections.size).toBe(4);
    // The server waits 20 ms before answering: no request can be faster.
    expect(result.p50).toBeGreaterThanOrEqual(20);
  });

  it("charges a slow server for the requests it held up, from the moment each was due", async () => {
    // One request at a time, 50 ms each: at most 20 per second, while 40 are asked for.
    let queue = Promise.resolve();
    const url = await serve((_request, response) => {
      queue = queue.then(() => new Promise<void>((resolve) => setTimeout(() => (response.end("ok"), resolve()), 50)));
    });
    const result = await runPacedLoad({ url, ratePerSecond: 40, connections: 2, durationSeconds: 1, request: () => ({ method: "GET" }) });
    expect(result.requests).toBe(40);
    // Timed from sending, no request would exceed two connections × 50 ms. The last
    // one is due at 975 ms and is answered no sooner than 40 × 50 ms = 2,000 ms.
    expect(result.p99).toBeGreaterThan(900);
    expect(result.maxBacklog).toBeGreaterThan(0);
  });

  it("counts answers outside 2xx and failed connections apart", async () => {
    let count = 0;
    const url = await serve((_request, response) => {
      count += 1;
      if (count % 4 === 0) response.socket?.destroy();
      else if (count % 4 === 1) response.writeHead(503).end("busy");
      else response.end("ok");
    });
    const result = await runPacedLoad({ url, ratePerSecond: 40, connections: 4, durationSeconds: 0.5, request: () => ({ method: "GET" }) });
    expect(result.requests).toBe(20);
    expect(result.errors).toBe(5);
    expect(result.non2xx).toBe(5);
  });

  it("refuses a rate, connection count or duration that is not positive", async () => {
    const options = { url: "http://127.0.0.1:9/", ratePerSecond: 10, connections: 1, durationSeconds: 1, request: () => ({ method: "GET" as const }) };
    await expect(runPacedLoad({ ...options, ratePerSecond: 0 })).rejects.toThrow(/positive/);
    await expect(runPacedLoad({ ...options, connections: 0 })).rejects.toThrow(/positive/);
    await expect(runPacedLoad({ ...options, durationSeconds: Number.NaN })).rejects.toThrow(/positive/);
  });
});
