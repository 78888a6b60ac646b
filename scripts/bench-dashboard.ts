import { isDeepStrictEqual } from "node:util";
import type { CardQuery } from "../lib/analytics/card-query";
import { addDays, toIsoDate } from "../lib/analytics/dates";
import { defaultFilters } from "../lib/analytics/schemas";
import { createPrismaClient } from "../lib/server/prisma";
import { startAppServer } from "./bench/app-server";
import { benchCards, maintenanceCost, ms, time } from "./bench/dashboard-db";
import { firstLoadJs } from "./bench/first-load-js";
import { percentile } from "./bench/load";
import { benchSessionCookie } from "./bench/session-cookie";
import { SYNTH_OWNER_EMAIL, SYNTH_SLUG } from "./synth/plan";

// `npm run bench:dashboard` on data:synth's database (DATABASE_URL): per card and for the
// whole Insights page, p50/p95 database time and the ratio to the plain-SQL reference;
// what keeping the rollups costs per event; then, over HTTP against `next start`, the
// page's time to first byte and its first-load JavaScript.
// Goals (100k members, 5M events): card p95 < 50 ms, page < 250 ms, TTFB < 800 ms, JS < 250 KB.

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const REFERENCE_RUNS = Number(process.env.BENCH_REFERENCE_RUNS ?? 3);
if (!process.env.DATABASE_URL) {
  console.error("✗ Set DATABASE_URL to a database filled by `npm run data:synth`.");
  process.exit(1);
}
const db = createPrismaClient();
const community = await db.community.findUnique({ where: { slug: SYNTH_SLUG }, select: { id: true, nodes: { select: { id: true }, take: 1 } } });
const owner = await db.user.findUnique({ where: { email: SYNTH_OWNER_EMAIL }, select: { id: true, sessionVersion: true, name: true, email: true } });
if (!community || !owner) {
  console.error("✗ No synthetic community here: run `npm run data:synth` first.");
  process.exit(1);
}
const [counts] = await db.$queryRaw<{ members: number; events: number }[]>`
  SELECT (SELECT count(*) FROM memberships WHERE community_id = ${community.id}::uuid)::int AS members,
         (SELECT count(*) FROM activity_events WHERE community_id = ${community.id}::uuid)::int AS events`;
const today = toIsoDate(new Date());
const scenarios: [string, CardQuery][] = [
  ["last 52 weeks, weekly, split paid/free", { communityId: community.id, nodeId: null, today, filters: { ...defaultFilters(today), from: addDays(today, -363), split: "paid" } }],
  ["default (12 weeks), one node, split by entry path", { communityId: community.id, nodeId: community.nodes[0]?.id ?? null, today, filters: { ...defaultFilters(today), split: "entry", node: community.nodes[0]?.id ?? null } }],
];
console.log(`Insights database time on ${counts?.members.toLocaleString("en")} members / ${counts?.events.toLocaleString("en")} events (${RUNS} runs, reference ${REFERENCE_RUNS})`);
let failures = 0;
for (const [label, query] of scenarios) {
  console.log(`\n${label}`);
  console.log(`  ${"card".padEnd(20)} ${"p50".padStart(11)} ${"p95".padStart(11)} ${"reference p50".padStart(14)}   ratio    same numbers`);
  for (const [name, card, reference] of benchCards) {
    const timing = await time(() => card(db, query), RUNS);
    const referenceTiming = await time(() => reference(db, query), REFERENCE_RUNS, 1);
    const same = isDeepStrictEqual(await card(db, query), await reference(db, query));
    if (!same) failures += 1;
    console.log(
      `  ${name.padEnd(20)} ${ms(timing.p50)} ${ms(timing.p95)} ${ms(referenceTiming.p50).padStart(14)}   ${(timing.p50 / referenceTiming.p50).toFixed(4).padStart(6)}×   ${same ? "yes" : "NO"}`,
    );
  }
  // The page runs every card at once (one Suspense each); its database time is the sum.
  const sequential = await time(async () => {
    for (const [, card] of benchCards) await card(db, query);
  }, RUNS);
  const parallel = await time(() => Promise.all(benchCards.map(([, card]) => card(db, query))), RUNS);
  console.log(`  ${"whole page (sum)".padEnd(20)} ${ms(sequential.p50)} ${ms(sequential.p95)}`);
  console.log(`  ${"whole page (parallel)".padEnd(20)} ${ms(parallel.p50)} ${ms(parallel.p95)}   (wall time, cards in parallel on the pool)`);
}

const sample = await db.$queryRaw<{ id: string }[]>`
  SELECT user_id::text AS id FROM memberships WHERE community_id = ${community.id}::uuid ORDER BY id LIMIT 200`;
const cost = await maintenanceCost(db, community.id, sample.map((row) => row.id), 500);
console.log(`\nKeeping the rollups current (inserts rolled back afterwards)`);
console.log(`  one event per statement: ${cost.without.toFixed(3)} ms without the trigger, ${cost.withRollups.toFixed(3)} ms with it → ${(cost.withRollups - cost.without).toFixed(3)} ms per event`);
console.log(`  2,000 events in one statement: ${(cost.bulkWithout * 1000).toFixed(1)} µs/event without, ${(cost.bulkWith * 1000).toFixed(1)} µs/event with → ${((cost.bulkWith - cost.bulkWithout) * 1000).toFixed(1)} µs per event`);
await db.$disconnect();

if (process.env.BENCH_HTTP !== "0") {
  const port = Number(process.env.BENCH_PORT ?? 3410);
  const server = await startAppServer("postgres", port, { BENCH_DATABASE_URL: process.env.DATABASE_URL }, { keepDatabase: true });
  try {
    const cookie = await benchSessionCookie(owner);
    const route = `/c/${SYNTH_SLUG}/insights?from=${addDays(today, -363)}&to=${today}&split=paid`;
    const firstByte: number[] = [];
    const complete: number[] = [];
    for (let index = 0; index < 22; index += 1) {
      const started = performance.now();
      const response = await fetch(`${server.baseUrl}${route}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`the Insights page answered ${response.status}`);
      const reader = response.body!.getReader();
      await reader.read();
      const first = performance.now() - started;
      while (!(await reader.read()).done);
      if (index >= 2) {
        firstByte.push(first);
        complete.push(performance.now() - started);
      }
    }
    firstByte.sort((a, b) => a - b);
    complete.sort((a, b) => a - b);
    console.log(`\nOver HTTP (next start, Postgres, ${firstByte.length} requests after 2 warm-ups): ${route}`);
    console.log(`  time to first byte   p50 ${ms(percentile(firstByte, 0.5))}   p95 ${ms(percentile(firstByte, 0.95))}`);
    console.log(`  whole streamed page  p50 ${ms(percentile(complete, 0.5))}   p95 ${ms(percentile(complete, 0.95))}`);
    console.log(`\nFirst-load JavaScript (gzip)`);
    for (const [label, path, withCookie] of [
      ["Insights", route, true],
      ["home", "/", false],
      ["community page", `/c/${SYNTH_SLUG}`, false],
    ] as const) {
      const size = await firstLoadJs(server.baseUrl, path, withCookie ? cookie : undefined);
      console.log(`  ${label.padEnd(16)} ${(size.gzipBytes / 1024).toFixed(1).padStart(7)} KB in ${size.files} files`);
    }
  } finally {
    await server.stop();
  }
}
if (failures > 0) {
  console.error(`\n✗ ${failures} card(s) disagreed with the reference.`);
  process.exit(1);
}
process.exit(0);
