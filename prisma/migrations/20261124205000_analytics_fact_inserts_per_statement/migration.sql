-- New analytics facts are counted once per statement instead of once per row (ADR 009).
-- A batch of joins inserts its members' facts in one statement; the row trigger ran
-- analytics_fact_counts for each of them (four statements per person), which was
-- the largest part of a join's database time. This does the same additions set by set,
-- grouped so that each rollup row is touched once. Updates and deletes of facts keep
-- their row triggers: the update trigger's WHEN clause skips the common case (an event
-- that only moves last_active_at within a day) before any work is done.
-- Rows are upserted in key order, so the node's row comes before the "all nodes" row
-- (ffff…) as in the row trigger: concurrent transactions take the rollup rows' locks in
-- the same order instead of deadlocking.
CREATE FUNCTION "analytics_facts_rows_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "analytics_funnel_counts" AS t ("community_id", "first_seen_day", "node_key", "is_member", "is_paid", "entry_path",
         "applied", "contributed", "active_week4", "people")
  SELECT f."community_id", "analytics_period_start"('day', f."first_seen_at"), n."node_key", f."is_member", f."is_paid",
         coalesce(f."entry_path"::text, 'NONE'), f."is_member" OR f."applied_at" IS NOT NULL,
         coalesce(f."is_member" AND f."first_contribution_at" < f."first_joined_at" + interval '7 days', false),
         f."is_member" AND f."active_week4", count(*)
    FROM new_facts f
    -- A cascading community delete removes the counts itself.
    JOIN "communities" c ON c."id" = f."community_id"
    CROSS JOIN LATERAL (VALUES (f."node_key"), ('ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)) AS n("node_key")
   WHERE f."first_seen_at" IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ON CONFLICT ("community_id", "first_seen_day", "node_key", "is_member", "is_paid", "entry_path", "applied", "contributed", "active_week4")
  DO UPDATE SET "people" = t."people" + excluded."people";

  INSERT INTO "analytics_join_counts" AS t ("community_id", "join_day", "is_paid", "entry_path", "node_key", "referral_wave", "members", "active_week4")
  SELECT f."community_id", "analytics_period_start"('day', f."first_joined_at"), f."is_paid", f."entry_path", n."node_key", f."referral_wave",
         count(*), count(*) FILTER (WHERE f."active_week4")
    FROM new_facts f
    JOIN "communities" c ON c."id" = f."community_id"
    CROSS JOIN LATERAL (VALUES (f."node_key"), ('ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)) AS n("node_key")
   WHERE f."is_member"
   GROUP BY 1, 2, 3, 4, 5, 6
   ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("community_id", "join_day", "is_paid", "entry_path", "node_key", "referral_wave")
  DO UPDATE SET "members" = t."members" + excluded."members", "active_week4" = t."active_week4" + excluded."active_week4";

  INSERT INTO "analytics_last_seen_counts" AS t ("community_id", "last_seen_day", "node_key", "is_paid", "entry_path", "members")
  SELECT f."community_id", "analytics_period_start"('day', greatest(f."last_active_at", f."joined_at")), n."node_key", f."is_paid", f."entry_path",
         count(*)
    FROM new_facts f
    JOIN "communities" c ON c."id" = f."community_id"
    CROSS JOIN LATERAL (VALUES (f."node_key"), ('ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)) AS n("node_key")
   WHERE f."is_member" AND f."status" = 'ACTIVE'
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("community_id", "last_seen_day", "node_key", "is_paid", "entry_path")
  DO UPDATE SET "members" = t."members" + excluded."members";

  INSERT INTO "analytics_departure_counts" AS t ("community_id", "left_day", "status", "reason", "node_key", "is_paid", "entry_path", "members")
  SELECT f."community_id", "analytics_period_start"('day', f."left_at"), f."status", coalesce(btrim(f."left_reason"), ''), n."node_key",
         f."is_paid", f."entry_path", count(*)
    FROM new_facts f
    JOIN "communities" c ON c."id" = f."community_id"
    CROSS JOIN LATERAL (VALUES (f."node_key"), ('ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)) AS n("node_key")
   WHERE f."is_member" AND f."status" IS DISTINCT FROM 'ACTIVE' AND f."left_at" IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5, 6, 7
   ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("community_id", "left_day", "status", "reason", "node_key", "is_paid", "entry_path")
  DO UPDATE SET "members" = t."members" + excluded."members";

  INSERT INTO "analytics_inviter_counts" AS t ("community_id", "node_key", "inviter_id", "invitees", "retained")
  SELECT f."community_id", n."node_key", f."invited_by_id", count(*), count(*) FILTER (WHERE f."active_week4")
    FROM new_facts f
    JOIN "communities" c ON c."id" = f."community_id"
    CROSS JOIN LATERAL (VALUES (f."node_key"), ('ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)) AS n("node_key")
   WHERE f."is_member" AND f."invited_by_id" IS NOT NULL
   GROUP BY 1, 2, 3
   ORDER BY 1, 2, 3
  ON CONFLICT ("community_id", "node_key", "inviter_id")
  DO UPDATE SET "invitees" = t."invitees" + excluded."invitees", "retained" = t."retained" + excluded."retained";
  RETURN NULL;
END
$$;

DROP TRIGGER "analytics_facts_inserted" ON "analytics_user_facts";
CREATE TRIGGER "analytics_facts_inserted" AFTER INSERT ON "analytics_user_facts"
  REFERENCING NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION "analytics_facts_rows_inserted"();
