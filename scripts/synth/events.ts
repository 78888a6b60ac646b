import type pg from "pg";
import type { PlannedMember } from "./plan";

// Activity for the synthetic community, generated inside Postgres (generate_series and
// a hash of (member, week) as the random source, so it is deterministic and needs no
// round trip per row). Weekly activity decays with time since joining, slower for paid
// members (the "chasm"); weekdays are busier than weekends.

const rand = (key: string, salt: number) => `((hashint8extended(${key}, ${salt}) & 2147483647)::float8 / 2147483648)`;
const BASE = "CASE WHEN p.is_paid THEN 0.85 ELSE 0.7 END";
const DECAY = "CASE WHEN p.is_paid THEN 0.97 ELSE 0.92 END";
const WEEKS = "floor(extract(epoch FROM p.end_at - p.joined_at) / 604800)::int";
const ACTIVE_PROBABILITY = `least(1, ${BASE} * power(${DECAY}, w) * p.engagement)`;

export async function loadEvents(
  client: pg.Client,
  options: { communityId: string; planned: PlannedMember[]; targetEvents: number; now: Date; lap: (label: string) => void },
): Promise<number> {
  const { communityId, planned, now } = options;
  await client.query(`CREATE TEMP TABLE synth_plan (idx int PRIMARY KEY, user_id uuid, node_id uuid, joined_at timestamptz,
                        end_at timestamptz, is_paid boolean, engagement float8, entry_path text, inviter int, left_status text)`);
  await client.query(
    `INSERT INTO synth_plan
     SELECT idx, md5('synth-user-' || idx)::uuid, CASE WHEN node IS NULL THEN NULL ELSE md5('synth-node-' || node)::uuid END,
            joined_at, coalesce(left_at, $7), is_paid, engagement, entry_path, inviter, left_status
       FROM unnest($1::int[], $2::int[], $3::timestamptz[], $4::timestamptz[], $5::boolean[], $6::float8[], $8::text[], $9::int[], $10::text[])
            AS t(idx, node, joined_at, left_at, is_paid, engagement, entry_path, inviter, left_status)`,
    [
      planned.map((member) => member.index),
      planned.map((member) => member.node),
      planned.map((member) => member.joinedAt),
      planned.map((member) => member.left?.at ?? null),
      planned.map((member) => member.isPaid),
      planned.map((member) => member.engagement),
      now,
      planned.map((member) => member.entryPath),
      planned.map((member) => member.inviter),
      planned.map((member) => member.left?.status ?? null),
    ],
  );

  // People who looked or applied but never joined, for the activation funnel.
  const outsiders = Math.round(planned.length * 0.3);
  await client.query(
    `INSERT INTO users (id, email, name, password_hash, created_at, updated_at)
     SELECT md5('synth-visitor-' || i)::uuid, 'synth-visitor-' || i || '@synthetic.invalid', 'Visitor ' || i, 'synthetic-no-password', $1, $1
       FROM generate_series(1, $2) i`,
    [now, outsiders],
  );
  const days = Math.ceil((now.getTime() - Math.min(...planned.slice(0, 1).map((member) => member.joinedAt.getTime()))) / 86_400_000);
  const { rowCount: funnelEvents } = await client.query(
    `INSERT INTO activity_events (community_id, user_id, kind, node_id, occurred_at)
     SELECT $1, e.user_id, e.kind::"ActivityKind", e.node_id, e.at FROM (
       SELECT p.user_id, 'VIEWED' AS kind, NULL::uuid AS node_id, p.joined_at - interval '2 days' AS at FROM synth_plan p WHERE p.entry_path <> 'INVITATION'
       UNION ALL SELECT p.user_id, 'APPLIED', NULL, p.joined_at - interval '36 hours' FROM synth_plan p WHERE p.entry_path = 'APPLICATION'
       UNION ALL SELECT p.user_id, 'APPROVED', NULL, p.joined_at - interval '12 hours' FROM synth_plan p WHERE p.entry_path = 'APPLICATION'
       UNION ALL SELECT p.user_id, 'JOINED', p.node_id, p.joined_at FROM synth_plan p
       UNION ALL SELECT p.user_id, p.left_status, p.node_id, p.end_at FROM synth_plan p WHERE p.left_status IS NOT NULL
       UNION ALL SELECT i.user_id, 'INVITED', i.node_id, p.joined_at - interval '1 day' FROM synth_plan p JOIN synth_plan i ON i.idx = p.inviter
       UNION ALL SELECT md5('synth-visitor-' || v)::uuid, 'VIEWED', NULL, $2::timestamptz - (${rand("v", 11)} * $3) * interval '1 day'
                   FROM generate_series(1, $4) v
       UNION ALL SELECT md5('synth-visitor-' || v)::uuid, 'APPLIED', NULL, $2::timestamptz - (${rand("v", 11)} * $3 - 0.5) * interval '1 day'
                   FROM generate_series(1, $4) v WHERE v % 2 = 0
       UNION ALL SELECT NULL, 'VIEWED', NULL, $2::timestamptz - (${rand("a", 12)} * $3) * interval '1 day'
                   FROM generate_series(1, $5) a
     ) e WHERE e.at < $2`,
    [communityId, now, days, outsiders, planned.length],
  );
  options.lap(`${(funnelEvents ?? 0).toLocaleString("en")} joining, leaving and visitor events`);

  // Calibrate visits per active week so the total lands near the target.
  const { rows: [expected] } = await client.query<{ weeks: number }>(
    `SELECT sum(${ACTIVE_PROBABILITY})::float8 AS weeks FROM synth_plan p CROSS JOIN LATERAL generate_series(0, ${WEEKS}) w`,
  );
  const visitsPerWeek = Math.max(1, (options.targetEvents - (funnelEvents ?? 0)) / Math.max(1, expected?.weeks ?? 1));
  let total = funnelEvents ?? 0;
  const batch = 10_000;
  for (let from = 0; from < planned.length; from += batch) {
    const { rowCount } = await client.query(
      `INSERT INTO activity_events (community_id, user_id, kind, node_id, occurred_at)
       SELECT $1, p.user_id,
              (CASE WHEN k.r < 0.2 THEN 'POSTED' WHEN k.r < 0.3 THEN 'COMMENTED' WHEN k.r < 0.33 THEN 'EVENT_ATTENDED' ELSE 'VISITED' END)::"ActivityKind",
              p.node_id, k.at
         FROM synth_plan p
        CROSS JOIN LATERAL generate_series(0, ${WEEKS}) w
        CROSS JOIN LATERAL generate_series(1, 1 + floor(${rand("p.idx::bigint * 1000 + w", 2)} * 2 * ($2::float8 - 1) + 0.5)::int) v
        CROSS JOIN LATERAL (
          SELECT ${rand("(p.idx::bigint * 1000 + w) * 64 + v", 4)} AS r,
                 date_trunc('week', p.joined_at + w * interval '7 days')
                   + ((ARRAY[0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6])[1 + floor(${rand("(p.idx::bigint * 1000 + w) * 64 + v", 5)} * 11)::int]
                      + ${rand("(p.idx::bigint * 1000 + w) * 64 + v", 6)}) * interval '1 day' AS at
        ) k
        WHERE p.idx >= $3 AND p.idx < $4
          AND ${rand("p.idx::bigint * 1000 + w", 1)} < ${ACTIVE_PROBABILITY}
          AND k.at >= p.joined_at AND k.at < p.end_at`,
      [communityId, visitsPerWeek, from, from + batch],
    );
    total += rowCount ?? 0;
    options.lap(`events for members ${from}–${Math.min(planned.length, from + batch) - 1} (${total.toLocaleString("en")} so far)`);
  }
  return total;
}
