import pg from "pg";
import { freshDatabase } from "./lib/databases";
import { startAppServer } from "./bench/app-server";
import { formatLoad, runLoad } from "./bench/load";
import { runPacedLoad } from "./bench/paced-load";
import { benchSessionCookie } from "./bench/session-cookie";
import { formatStats, timedRun, type RunStats } from "./bench/stats";

// `npm run bench:join`: concurrent joins into one community (the hot row) and
// spread over 1,000 communities, through Canopy's domain function, against
// Postgres; the same work as plain SQL (the ceiling); and over HTTP against
// `next start`. Every run ends with the cap checked: member_count equals the rows
// and never exceeds the cap. The plain SQL runs one transaction per join; joinCommunity()
// batches joins that arrive together at one community (ADR 008), so it can beat it.

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const HOT_ATTEMPTS = Number(process.env.BENCH_HOT_ATTEMPTS ?? 6000);
const SPREAD_ATTEMPTS = Number(process.env.BENCH_SPREAD_ATTEMPTS ?? 12000);
const SPREAD_COMMUNITIES = 1000;
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);

const url = await freshDatabase("canopy_bench_join");
const admin = new pg.Pool({ connectionString: url, max: CLIENTS });

async function createUsers(count: number, prefix: string): Promise<string[]> {
  const { rows } = await admin.query<{ id: string }>(
    `INSERT INTO users (id, email, name, password_hash, updated_at)
     SELECT canopy_uuid7(), $1 || g || '@bench.test', 'Bench ' || g, 'not-a-real-hash', now() FROM generate_series(1, $2) g
     RETURNING id`,
    [prefix, count],
  );
  return rows.map((row) => row.id);
}

async function createCommunities(count: number, cap: number | null, prefix: string): Promise<string[]> {
  const { rows } = await admin.query<{ id: string }>(
    `INSERT INTO communities (id, slug, name, purpose, member_cap, updated_at)
     SELECT canopy_uuid7(), $1 || '-' || g, 'Bench ' || g, 'Benchmarking joins.', $2, now() FROM generate_series(1, $3) g
     RETURNING id`,
    [prefix, cap, count],
  );
  return rows.map((row) => row.id);
}

/** Cap violations across the given communities: count ≠ rows, or count above the cap. */
async function capViolations(communityIds: string[]): Promise<{ violations: number; members: number }> {
  const { rows } = await admin.query<{ violations: string; members: string }>(
    `SELECT count(*) FILTER (WHERE c.member_count <> m.active OR (c.member_cap IS NOT NULL AND m.active > c.member_cap)) AS violations,
            coalesce(sum(m.active), 0) AS members
       FROM communities c
       LEFT JOIN LATERAL (SELECT count(*) AS active FROM memberships WHERE community_id = c.id AND status = 'ACTIVE') m ON true
      WHERE c.id = ANY($1::uuid[])`,
    [communityIds],
  );
  return { violations: Number(rows[0]?.violations ?? 0), members: Number(rows[0]?.members ?? 0) };
}

/** The plain SQL a join needs: the guarded counter first, then the membership row. */
async function plainSqlJoin(communityId: string, userId: string): Promise<void> {
  const client = await admin.connect();
  try {
    await client.query("BEGIN");
    const seat = await client.query(
      `UPDATE communities SET member_count = member_count + 1 WHERE id = $1 AND (member_cap IS NULL OR member_count + seats_held < member_cap) RETURNING id`,
      [communityId],
    );
    if (seat.rowCount) {
      await client.query(`INSERT INTO memberships (id, community_id, user_id, entry_path) VALUES (canopy_uuid7(), $1, $2, 'OPEN')`, [communityId, userId]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** The same admission as one plain SQL call of the database function joinCommunity() uses. */
async function plainSqlAdmit(communityId: string, userId: string): Promise<void> {
  await admin.query(`SELECT * FROM canopy_admit_member($1::uuid, $2::uuid, 'OPEN', false, NULL, NULL, NULL, NULL, 'new', true)`, [communityId, userId]);
}

/** The faster of the two plain SQL forms is the ceiling. */
function fastest(...runs: RunStats[]): RunStats {
  return runs.reduce((best, run) => (run.perSecond > best.perSecond ? run : best));
}

async function report(label: string, communityIds: string[], stats: RunStats, ceiling?: RunStats): Promise<void> {
  const check = await capViolations(communityIds);
  console.log(`${formatStats(label, stats, ceiling)}   members ${check.members}, cap violations ${check.violations}`);
}

// The domain functions read DATABASE_URL when first imported.
process.env.DATABASE_URL = url;
process.env.DB_POOL_SIZE ??= "16";
const { joinCommunity } = await import("../lib/membership/join-community");

console.log(`Joins, ${CLIENTS} concurrent clients, Postgres (app pool ${process.env.DB_POOL_SIZE}, plain SQL pool ${CLIENTS})\n`);

// One community, the hot row. Cap below the attempts, so the cap is exercised.
const hotCap = Math.floor(HOT_ATTEMPTS * 0.8);
for (const clients of [8, CLIENTS]) {
  const users = await createUsers(HOT_ATTEMPTS, `hot-${clients}-`);
  const [transactionCommunity = "", callCommunity = "", domainCommunity = ""] = await createCommunities(3, hotCap, `hot-${clients}`);
  const transaction = await timedRun(HOT_ATTEMPTS, clients, (index) => plainSqlJoin(transactionCommunity, users[index] ?? ""));
  await report(`one community, plain SQL UPDATE+INSERT transaction, ${clients} clients`, [transactionCommunity], transaction);
  const call = await timedRun(HOT_ATTEMPTS, clients, (index) => plainSqlAdmit(callCommunity, users[index] ?? ""));
  await report(`one community, plain SQL admit function, ${clients} clients`, [callCommunity], call);
  const domain = await timedRun(HOT_ATTEMPTS, clients, (index) => joinCommunity({ communityId: domainCommunity, userId: users[index] ?? "" }));
  await report(`one community, joinCommunity(), ${clients} clients`, [domainCommunity], domain, fastest(transaction, call));
}

// Spread over 1,000 communities.
{
  const users = await createUsers(SPREAD_ATTEMPTS, "spread-");
  const transactionCommunities = await createCommunities(SPREAD_COMMUNITIES, 10, "spread-transaction");
  const callCommunities = await createCommunities(SPREAD_COMMUNITIES, 10, "spread-call");
  const domainCommunities = await createCommunities(SPREAD_COMMUNITIES, 10, "spread-domain");
  const pick = (ids: string[], index: number) => ids[(index * 7919) % ids.length] ?? "";
  const transaction = await timedRun(SPREAD_ATTEMPTS, CLIENTS, (index) => plainSqlJoin(pick(transactionCommunities, index), users[index] ?? ""));
  await report(`1,000 communities, plain SQL UPDATE+INSERT transaction`, transactionCommunities, transaction);
  const call = await timedRun(SPREAD_ATTEMPTS, CLIENTS, (index) => plainSqlAdmit(pick(callCommunities, index), users[index] ?? ""));
  await report(`1,000 communities, plain SQL admit function`, callCommunities, call);
  const domain = await timedRun(SPREAD_ATTEMPTS, CLIENTS, (index) =>
    joinCommunity({ communityId: pick(domainCommunities, index), userId: users[index] ?? "" }),
  );
  await report(`1,000 communities, joinCommunity(), ${CLIENTS} clients`, domainCommunities, domain, fastest(transaction, call));
}
await admin.end();
// The HTTP phase starts from a quiet server: the database phases' tables are vacuumed
// now (so autovacuum does not start on them meanwhile) and their writes are flushed.
{
  const quiet = new pg.Client({ connectionString: url });
  await quiet.connect();
  await quiet.query("VACUUM (ANALYZE)");
  await quiet.query("CHECKPOINT");
  await quiet.end();
}

// Over HTTP: POST /api/communities/<slug>/join with a session cookie per person,
// measured after a few seconds of the same load into another community (warm-up:
// the first requests compile routes and warm the JIT).
{
  const server = await startAppServer("postgres", 3250, { BENCH_DATABASE_URL: url.replace("canopy_bench_join", "canopy_bench_http") });
  try {
    const http = new pg.Pool({ connectionString: url.replace("canopy_bench_join", "canopy_bench_http"), max: 4 });
    const { rows: people } = await http.query<{ id: string }>(
      `INSERT INTO users (id, email, name, password_hash, updated_at)
       SELECT canopy_uuid7(), 'http-' || g || '@bench.test', 'Http ' || g, 'x', now() FROM generate_series(1, 28000) g RETURNING id`,
    );
    const cap = 5000;
    await http.query(
      `INSERT INTO communities (id, slug, name, purpose, member_cap, updated_at)
       VALUES (canopy_uuid7(), 'bench-http', 'Bench', 'HTTP joins.', $1, now()), (canopy_uuid7(), 'bench-http-warm-up', 'Warm-up', 'HTTP joins.', NULL, now()),
              (canopy_uuid7(), 'bench-http-paced-200', 'Paced', 'HTTP joins.', $1, now()), (canopy_uuid7(), 'bench-http-paced-400', 'Paced', 'HTTP joins.', $1, now()),
              (canopy_uuid7(), 'bench-http-paced-settle', 'Settle', 'HTTP joins.', NULL, now())`,
      [cap],
    );
    const cookies = await Promise.all(people.map(({ id }) => benchSessionCookie({ id, sessionVersion: 0 })));
    let next = 0;
    // Each request joins as the next person.
    const nextJoin = () => ({ headers: { "content-type": "application/json", cookie: cookies[next++ % cookies.length] ?? "" }, body: "{}" });
    const joinLoad = (slug: string, durationSeconds: number) =>
      runLoad({
        url: `${server.baseUrl}/api/communities/${slug}/join`,
        connections: CLIENTS,
        durationSeconds,
        requests: [
          {
            method: "POST",
            setupRequest: (request) => {
              const join = nextJoin();
              return { ...request, headers: { ...request.headers, ...join.headers }, body: join.body };
            },
          },
        ],
      });
    await joinLoad("bench-http-warm-up", 3);
    const load = await joinLoad("bench-http", HTTP_SECONDS);
    const members = async (slug: string) => {
      const { rows } = await http.query<{ count: number; active: string; cap: number }>(
        `SELECT c.member_count AS count, (SELECT count(*) FROM memberships m WHERE m.community_id = c.id AND m.status = 'ACTIVE') AS active, c.member_cap AS cap
           FROM communities c WHERE slug = $1`,
        [slug],
      );
      const row = rows[0];
      const violations = !row || row.count !== Number(row.active) || Number(row.active) > row.cap ? 1 : 0;
      return `members ${row?.active}, cap violations ${violations}`;
    };
    console.log(`${formatLoad(`HTTP POST /api/communities/…/join, ${CLIENTS} connections`, load)}   ${await members("bench-http")}`);
    // For scale, on the same server a moment later: a route that does nothing but one
    // SELECT 1 (Next.js's own cost per request, plus one query), so a slow moment of the
    // machine can be told apart from a slow join.
    const floor = await runLoad({ url: `${server.baseUrl}/api/health`, connections: CLIENTS, durationSeconds: 5 });
    console.log(formatLoad(`for scale: HTTP GET /api/health, ${CLIENTS} connections`, floor));
    // The runs above are closed loop: the server is saturated and its latency is
    // connections ÷ throughput. These give the latency people see at a set load: the
    // goal's 200 joins/s, and twice that, due at a constant rate over the same
    // connections. Each is measured after 5 s at its rate into another community, so
    // it shows that load's steady state, not the server catching up on the burst
    // before it (the full collection of what the saturated runs left behind).
    const pacedLoad = (slug: string, rate: number, durationSeconds: number) =>
      runPacedLoad({
        url: `${server.baseUrl}/api/communities/${slug}/join`,
        ratePerSecond: rate,
        connections: CLIENTS,
        durationSeconds,
        request: () => ({ method: "POST", ...nextJoin() }),
      });
    for (const rate of [200, 400]) {
      await pacedLoad("bench-http-paced-settle", rate, 5);
      const paced = await pacedLoad(`bench-http-paced-${rate}`, rate, HTTP_SECONDS);
      console.log(`${formatLoad(`HTTP joins due at ${rate}/s over ${CLIENTS} connections`, paced)}   ${await members(`bench-http-paced-${rate}`)}`);
    }
    await http.end();
  } finally {
    await server.stop();
  }
}
process.exit(0);
