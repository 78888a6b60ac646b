import pg from "pg";
import { firstLoadJs } from "./bench/first-load-js";
import { startAppServer } from "./bench/app-server";
import { formatLoad, runLoad } from "./bench/load";
import { benchSessionCookie } from "./bench/session-cookie";

// `npm run bench:pages`: requests/s and p50/p95 for the home page and a public
// community page on the seeded demo, with 10 concurrent connections, against the
// embedded database and against Postgres; then first-load JS per route.
// Goal on a 2-core machine: p95 under 50 ms; member-facing pages under 150 KB gzip.
//
// Visitors without a session get the cached anonymous render (proxy.ts); the goal
// applies to them. On Postgres the same pages are also measured signed in as the
// demo owner (rendered per request), for comparison: the bench reads the owner's id
// from the database, which the embedded one (open in the server) does not allow.

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const GOAL_P95_MS = 50;
const routes = [
  ["home page", "/"],
  ["public community page", "/c/morning-runners"],
] as const;

async function ownerSessionCookie(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; session_version: number }>(`SELECT id, session_version FROM users WHERE email = 'owner@canopy.demo'`);
    const owner = rows[0];
    if (!owner) throw new Error("the demo owner is missing");
    return benchSessionCookie({ id: owner.id, sessionVersion: owner.session_version });
  } finally {
    await client.end();
  }
}

const kinds = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",") as ("pglite" | "postgres")[];
const anonymousP95: number[] = [];
for (const [index, kind] of kinds.entries()) {
  const server = await startAppServer(kind, 3200 + index);
  try {
    console.log(`\n${kind === "pglite" ? "Embedded PGlite" : "Postgres"} — ${CONNECTIONS} connections, ${DURATION} s per page`);
    const viewers: [string, Record<string, string>][] = [["anonymous", {}]];
    if (kind === "postgres") {
      const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/canopy_bench";
      viewers.push(["signed in", { cookie: await ownerSessionCookie(url) }]);
    }
    for (const [viewer, headers] of viewers) {
      for (const [label, route] of routes) {
        const options = { url: `${server.baseUrl}${route}`, connections: CONNECTIONS, headers };
        await runLoad({ ...options, durationSeconds: 2 }); // warm-up
        const load = await runLoad({ ...options, durationSeconds: DURATION });
        if (viewer === "anonymous") anonymousP95.push(load.p95);
        console.log(formatLoad(`  ${label}, ${viewer} (${route})`, load));
      }
    }
    if (index === 0) {
      console.log("\nFirst-load JavaScript (gzip), from the production build");
      for (const route of ["/", "/c/morning-runners", "/sign-in", "/sign-up"]) {
        const size = await firstLoadJs(server.baseUrl, route);
        console.log(`  ${route.padEnd(24)} ${(size.gzipBytes / 1024).toFixed(1).padStart(7)} KB in ${size.files} files`);
      }
    }
  } finally {
    await server.stop();
  }
}
const worst = Math.max(...anonymousP95);
console.log(`\nPublic pages (anonymous), worst p95 ${worst.toFixed(1)} ms — goal < ${GOAL_P95_MS} ms: ${worst < GOAL_P95_MS ? "met" : "not met"}`);
process.exit(0);
