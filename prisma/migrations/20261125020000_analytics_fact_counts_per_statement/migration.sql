-- The per-person counts (funnel, joins and waves, last seen, departures, inviters) were
-- kept by a row trigger on analytics_user_facts: a batch of 32 joins into one community
-- upserted the same few count rows 32 times each, about half of the batch's time in
-- Postgres. Here one trigger per statement sums every changed fact's contribution per
-- count row and upserts each row once, in key order (so concurrent statements take the
-- count rows' locks in the same order). The numbers are the same: -1 for a fact's old
-- version and +1 for its new one, as before; an update that changes nothing counted is
-- skipped, as the row trigger's WHEN clause did.

DROP TRIGGER "analytics_facts_inserted" ON "analytics_user_facts";
DROP TRIGGER "analytics_facts_deleted" ON "analytics_user_facts";
DROP TRIGGER "analytics_facts_updated" ON "analytics_user_facts";
DROP FUNCTION "analytics_facts_changed"();
DROP FUNCTION "analytics_fact_counts"("analytics_user_facts", integer);

-- The given facts, each with its sign, once for its node and once for the whole
-- community (the all-ones node). Facts of a community being deleted are left out: a
-- cascading community delete removes the counts itself.
CREATE FUNCTION "analytics_fact_deltas"(p_facts "analytics_user_facts"[], p_signs integer[])
RETURNS TABLE ("f" "analytics_user_facts", "sign" integer, "week4" integer, "node" uuid)
LANGUAGE sql STABLE AS $$
  SELECT p_facts[i], p_signs[i], CASE WHEN (p_facts[i])."is_member" AND (p_facts[i])."active_week4" THEN 1 ELSE 0 END, n
    FROM generate_subscripts(p_facts, 1) AS i
   CROSS JOIN LATERAL unnest(ARRAY[(p_facts[i])."node_key", 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid]) AS n
   WHERE EXISTS (SELECT 1 FROM "communities" c WHERE c."id" = (p_facts[i])."community_id")
$$;

-- What the given facts contribute to the per-person counts, each multiplied by its sign,
-- summed per count row.
CREATE FUNCTION "analytics_fact_counts"(p_facts "analytics_user_facts"[], p_signs integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "analytics_funnel_counts" AS t ("community_id", "first_seen_day", "node_key", "is_member", "is_paid", "entry_path",
         "applied", "contributed", "active_week4", "people")
  SELECT (d.f)."community_id", "analytics_period_start"('day', (d.f)."first_seen_at") AS day, d."node", (d.f)."is_member", (d.f)."is_paid",
         coalesce((d.f)."entry_path"::text, 'NONE') AS path, (d.f)."is_member" OR (d.f)."applied_at" IS NOT NULL AS applied,
         coalesce((d.f)."is_member" AND (d.f)."first_contribution_at" < (d.f)."first_joined_at" + interval '7 days', false) AS contributed,
         d."week4" = 1 AS week4, sum(d."sign")
    FROM "analytics_fact_deltas"(p_facts, p_signs) d
   WHERE (d.f)."first_seen_at" IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ON CONFLICT ("community_id", "first_seen_day", "node_key", "is_member", "is_paid", "entry_path", "applied", "contributed", "active_week4")
  DO UPDATE SET "people" = t."people" + excluded."people";

  INSERT INTO "analytics_join_counts" AS t ("community_id", "join_day", "is_paid", "entry_path", "node_key", "referral_wave", "members", "active_week4")
  SELECT (d.f)."community_id", "analytics_period_start"('day', (d.f)."first_joined_at") AS day, (d.f)."is_paid", (d.f)."entry_path", d."node", (d.f)."referral_wave",
         sum(d."sign"), sum(d."sign" * d."week4")
    FROM "analytics_fact_deltas"(p_facts, p_signs) d
   WHERE (d.f)."is_member"
   GROUP BY 1, 2, 3, 4, 5, 6
   ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("community_id", "join_day", "is_paid", "entry_path", "node_key", "referral_wave")
  DO UPDATE SET "members" = t."members" + excluded."members", "active_week4" = t."active_week4" + excluded."active_week4";

  INSERT INTO "analytics_last_seen_counts" AS t ("community_id", "last_seen_day", "node_key", "is_paid", "entry_path", "members")
  SELECT (d.f)."community_id", "analytics_period_start"('day', greatest((d.f)."last_active_at", (d.f)."joined_at")) AS day, d."node", (d.f)."is_paid", (d.f)."entry_path",
         sum(d."sign")
    FROM "analytics_fact_deltas"(p_facts, p_signs) d
   WHERE (d.f)."is_member" AND (d.f)."status" = 'ACTIVE'
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("community_id", "last_seen_day", "node_key", "is_paid", "entry_path")
  DO UPDATE SET "members" = t."members" + excluded."members";

  INSERT INTO "analytics_departure_counts" AS t ("community_id", "left_day", "status", "reason", "node_key", "is_paid", "entry_path", "members")
  SELECT (d.f)."community_id", "analytics_period_start"('day', (d.f)."left_at") AS day, (d.f)."status", coalesce(btrim((d.f)."left_reason"), '') AS reason, d."node",
         (d.f)."is_paid", (d.f)."entry_path", sum(d."sign")
    FROM "analytics_fact_deltas"(p_facts, p_signs) d
   WHERE (d.f)."is_member" AND (d.f)."status" IS DISTINCT FROM 'ACTIVE' AND (d.f)."left_at" IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5, 6, 7
   ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("community_id", "left_day", "status", "reason", "node_key", "is_paid", "entry_path")
  DO UPDATE SET "members" = t."members" + excluded."members";

  INSERT INTO "analytics_inviter_counts" AS t ("community_id", "node_key", "inviter_id", "invitees", "retained")
  SELECT (d.f)."community_id", d."node", (d.f)."invited_by_id", sum(d."sign"), sum(d."sign" * d."week4")
    FROM "analytics_fact_deltas"(p_facts, p_signs) d
   WHERE (d.f)."is_member" AND (d.f)."invited_by_id" IS NOT NULL
   GROUP BY 1, 2, 3
   ORDER BY 1, 2, 3
  ON CONFLICT ("community_id", "node_key", "inviter_id")
  DO UPDATE SET "invitees" = t."invitees" + excluded."invitees", "retained" = t."retained" + excluded."retained";

END
$$;

CREATE FUNCTION "analytics_facts_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  facts "analytics_user_facts"[];
BEGIN
  SELECT array_agg(n) INTO facts FROM new_facts n;
  IF facts IS NOT NULL THEN
    PERFORM "analytics_fact_counts"(facts, array_fill(1, ARRAY[cardinality(facts)]));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "analytics_facts_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  facts "analytics_user_facts"[];
BEGIN
  SELECT array_agg(o) INTO facts FROM old_facts o;
  IF facts IS NOT NULL THEN
    PERFORM "analytics_fact_counts"(facts, array_fill(-1, ARRAY[cardinality(facts)]));
  END IF;
  RETURN NULL;
END
$$;

-- Most events only move last_active_at within the same day: nothing counted changes, and
-- such rows are left out (what the row trigger's WHEN clause did).
CREATE FUNCTION "analytics_facts_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  facts "analytics_user_facts"[];
  signs integer[];
BEGIN
  WITH changed AS (
    SELECT o AS old_fact, n AS new_fact
      FROM old_facts o
      JOIN new_facts n ON n."community_id" = o."community_id" AND n."user_id" = o."user_id"
     WHERE (o."is_member", o."status", o."is_paid", o."entry_path", o."node_key", o."referral_wave", o."invited_by_id",
            o."first_joined_at", o."left_at", o."left_reason", o."first_seen_at", o."applied_at" IS NULL, o."first_contribution_at",
            o."active_week4", "analytics_period_start"('day', greatest(o."last_active_at", o."joined_at")))
           IS DISTINCT FROM
           (n."is_member", n."status", n."is_paid", n."entry_path", n."node_key", n."referral_wave", n."invited_by_id",
            n."first_joined_at", n."left_at", n."left_reason", n."first_seen_at", n."applied_at" IS NULL, n."first_contribution_at",
            n."active_week4", "analytics_period_start"('day', greatest(n."last_active_at", n."joined_at")))
  )
  SELECT array_agg(x.f), array_agg(x.s) INTO facts, signs
    FROM (SELECT old_fact AS f, -1 AS s FROM changed UNION ALL SELECT new_fact, 1 FROM changed) x;
  IF facts IS NOT NULL THEN
    PERFORM "analytics_fact_counts"(facts, signs);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "analytics_facts_inserted" AFTER INSERT ON "analytics_user_facts"
  REFERENCING NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION "analytics_facts_inserted"();
CREATE TRIGGER "analytics_facts_deleted" AFTER DELETE ON "analytics_user_facts"
  REFERENCING OLD TABLE AS old_facts FOR EACH STATEMENT EXECUTE FUNCTION "analytics_facts_deleted"();
CREATE TRIGGER "analytics_facts_updated" AFTER UPDATE ON "analytics_user_facts"
  REFERENCING OLD TABLE AS old_facts NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION "analytics_facts_updated"();
