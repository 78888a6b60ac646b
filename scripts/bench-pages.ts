import { firstLoadJs } from "./bench/first-load-js";
import { startAppServer } from "./bench/app-server";
import { formatLoad, runLoad } from "./bench/load";

// `npm run bench:pages`: requests/s and p50/p95 for the home page and a public
// community page on the seeded demo, with 10 concurrent connections, against the
// embedded database and against Postgres; then first-load JS per route.
// Goal on a 2-core machine: p95 under 50 ms; member-facing pages under 150 KB gzip.

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const routes = [
  ["home page", "/"],
  ["public community page", "/c/morning-runners"],
] as const;

const kinds = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",") as ("pglite" | "postgres")[];
for (const [index, kind] of kinds.entries()) {
  const server = await startAppServer(kind, 3200 + index);
  try {
    console.log(`\n${kind === "pglite" ? "Embedded PGlite" : "Postgres"} — ${CONNECTIONS} connections, ${DURATION} s per page`);
    for (const [label, route] of routes) {
      await runLoad({ url: `${server.baseUrl}${route}`, connections: CONNECTIONS, durationSeconds: 2 }); // warm-up
      console.log(formatLoad(`  ${label} (${route})`, await runLoad({ url: `${server.baseUrl}${route}`, connections: CONNECTIONS, durationSeconds: DURATION })));
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
process.exit(0);
