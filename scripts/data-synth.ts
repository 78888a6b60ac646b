import { parseArgs } from "node:util";
import pg from "pg";
import { deployMigrations } from "../prisma/tooling/migrations";
import { DAY_MS, planMembers, SYNTH_OWNER_EMAIL, SYNTH_SLUG, SYNTHETIC_MARK } from "./synth/plan";
import { loadEvents } from "./synth/events";

// `npm run data:synth -- --members 100000 --events 5000000 [--reset]`
// Fills the database DATABASE_URL names with one deterministic synthetic community
// (referral waves, paid and free, churn, nodes, weekly seasonality) for
// bench:dashboard. Bulk loads with INSERT … SELECT FROM unnest(…) and generate_series;
// the rollup triggers keep the analytics tables current while it loads.
// It refuses to touch a database that holds anything but synthetic data.


const { values } = parseArgs({
  options: {
    members: { type: "string", default: "100000" },
    events: { type: "string", default: "5000000" },
    days: { type: "string", default: "364" },
    seed: { type: "string", default: "20261124" },
    reset: { type: "boolean", default: false },
  },
});
const members = Number(values.members);
const targetEvents = Number(values.events);
const days = Number(values.days);
if (!Number.isInteger(members) || members < 10 || !Number.isInteger(targetEvents) || targetEvents < members || !Number.isInteger(days) || days < 28) {
  console.error("Usage: npm run data:synth -- --members <≥10> --events <≥members> [--days 364] [--reset]");
  process.exit(1);
}
if (!process.env.DATABASE_URL) {
  console.error("✗ Set DATABASE_URL to the Postgres database to fill (it must be empty, or synthetic with --reset).");
  process.exit(1);
}
const url = new URL(process.env.DATABASE_URL);
const name = url.pathname.slice(1);
if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing database name "${name}"`);

async function withClient<T>(connection: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: connection });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const admin = new URL(url);
admin.pathname = "/postgres";
const state = await withClient(admin.toString(), async (client) => {
  const { rows } = await client.query<{ comment: string | null }>(
    "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
    [name],
  );
  return rows.length === 0 ? "missing" : rows[0]?.comment === SYNTHETIC_MARK ? "synthetic" : "other";
});
const userCount = state === "missing" ? 0 : await withClient(url.toString(), async (client) => {
  const { rows } = await client.query<{ n: string }>("SELECT CASE WHEN to_regclass('public.users') IS NULL THEN 0 ELSE (SELECT count(*) FROM users) END AS n");
  return Number(rows[0]?.n ?? 0);
});
if (state === "other" && userCount > 0) {
  console.error(`✗ ${name} holds data that data:synth did not make. Point DATABASE_URL at a new database name.`);
  process.exit(1);
}
if (userCount > 0 && !values.reset) {
  console.error(`✗ ${name} already has synthetic data. Add --reset to drop and recreate it.`);
  process.exit(1);
}
await withClient(admin.toString(), async (client) => {
  if (state !== "missing") await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.query(`COMMENT ON DATABASE "${name}" IS '${SYNTHETIC_MARK}'`);
});
const started = Date.now();
const lap = (label: string) => console.log(`  ${label.padEnd(48)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`);
await deployMigrations({ kind: "postgres", url: url.toString(), poolSize: 2, connectTimeoutMs: 10_000 });
lap("migrations applied");

const now = new Date();
now.setUTCHours(0, 0, 0, 0);
const planned = planMembers({ members, days, nodes: 8, now, seed: Number(values.seed) });
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
try {
  await client.query("SET synchronous_commit = off");
  const communityStart = new Date(now.getTime() - (days + 7) * DAY_MS);
  const { rows: [community] } = await client.query<{ id: string }>(
    `INSERT INTO communities (id, slug, name, purpose, entry_mode, fee_amount_minor, member_count, created_at, updated_at)
     VALUES (md5('synth-community')::uuid, $1, 'Synthetic Runners', 'A large synthetic community for benchmarks.', 'APPLICATION', 100, $2, $3, $3)
     RETURNING id`,
    [SYNTH_SLUG, members + 1, communityStart],
  );
  if (!community) throw new Error("community not created");
  await client.query(
    `INSERT INTO nodes (id, community_id, slug, name, created_at)
     SELECT md5('synth-node-' || n)::uuid, $1, 'node-' || n, 'Node ' || n, $2 FROM generate_series(0, 7) n`,
    [community.id, communityStart],
  );
  await client.query(
    `INSERT INTO users (id, email, name, password_hash, created_at, updated_at)
     VALUES (md5('synth-owner')::uuid, $1, 'Synthetic Owner', 'synthetic-no-password', $2, $2)`,
    [SYNTH_OWNER_EMAIL, communityStart],
  );
  await client.query(
    `INSERT INTO memberships (id, community_id, user_id, role, entry_path, first_joined_at, joined_at)
     VALUES (md5('synth-owner-membership')::uuid, $1, md5('synth-owner')::uuid, 'OWNER', 'FOUNDER', $2, $2)`,
    [community.id, communityStart],
  );
  // Users and memberships, 20,000 a statement.
  for (let offset = 0; offset < planned.length; offset += 20_000) {
    const chunk = planned.slice(offset, offset + 20_000);
    const column = <T>(pick: (member: (typeof chunk)[number]) => T) => chunk.map(pick);
    await client.query(
      `WITH plan AS (
         SELECT * FROM unnest($2::int[], $3::timestamptz[], $4::boolean[], $5::text[], $6::int[], $7::int[], $8::int[], $9::text[], $10::timestamptz[], $11::text[])
                AS p(idx, joined_at, is_paid, entry_path, node, inviter, wave, status, left_at, left_reason)
       ), new_users AS (
         INSERT INTO users (id, email, name, password_hash, locale, created_at, updated_at)
         SELECT md5('synth-user-' || idx)::uuid, 'synth-' || idx || '@synthetic.invalid', 'Member ' || idx, 'synthetic-no-password',
                CASE WHEN idx % 3 = 0 THEN 'zh-CN' ELSE 'en' END, joined_at, joined_at
           FROM plan
       )
       INSERT INTO memberships (id, community_id, user_id, entry_path, is_paid, invited_by_id, referral_wave, node_id,
                                status, first_joined_at, joined_at, left_at, left_reason)
       SELECT md5('synth-membership-' || idx)::uuid, $1, md5('synth-user-' || idx)::uuid, entry_path::"EntryPath", is_paid,
              CASE WHEN inviter IS NULL THEN NULL ELSE md5('synth-user-' || inviter)::uuid END, wave,
              CASE WHEN node IS NULL THEN NULL ELSE md5('synth-node-' || node)::uuid END,
              status::"MembershipStatus", joined_at, joined_at, left_at, left_reason
         FROM plan`,
      [
        community.id,
        column((member) => member.index),
        column((member) => member.joinedAt),
        column((member) => member.isPaid),
        column((member) => member.entryPath),
        column((member) => member.node),
        column((member) => member.inviter),
        column((member) => member.wave),
        column((member) => member.left?.status ?? "ACTIVE"),
        column((member) => member.left?.at ?? null),
        column((member) => member.left?.reason ?? null),
      ],
    );
  }
  lap(`${members.toLocaleString("en")} users and memberships`);
  const loaded = await loadEvents(client, { communityId: community.id, planned, targetEvents, now, lap });
  await client.query("VACUUM (ANALYZE)");
  lap(`${loaded.toLocaleString("en")} activity events, rollups current`);
  const { rows: sizes } = await client.query<{ table: string; rows: string }>(
    `SELECT relname AS table, n_live_tup::text AS rows FROM pg_stat_user_tables WHERE relname LIKE 'analytics_%' OR relname = 'activity_events' ORDER BY relname`,
  );
  for (const size of sizes) console.log(`    ${size.table.padEnd(30)} ${Number(size.rows).toLocaleString("en").padStart(12)} rows`);
  console.log(`\nDone: community /c/${SYNTH_SLUG}, owner ${SYNTH_OWNER_EMAIL} (no password; bench:dashboard mints a session).`);
} finally {
  await client.end();
}
process.exit(0);
