-- canopy_join_open_batch (ADR 009), the same decisions and writes, with every lookup
-- written so that its plan cannot depend on table statistics. PL/pgSQL keeps one
-- generic plan per statement, made without the batch's values: it cannot know that one
-- community has 10,000 members, nor that another has no waitlist, and it chose plans
-- that read every membership of the community per person (a join filtered on user_id
-- after an index scan on community_id alone) and every open waitlist entry of every
-- community per batch (hashed subplans and hash joins). Measured with plans made before
-- any ANALYZE, as on a young database: a batch of 32 took 13 ms at 0 members and 42 ms
-- at 7,680, and grew with the waitlists of other communities too.
--
-- Each per-person lookup is now a scalar subquery or a LIMIT 1 lateral subquery (never
-- pulled up into a join, so each runs as an index lookup on (community, user)), the
-- community row too (primary key); the first two people waiting are read in
-- queue order, which the (community, status, seq) index gives without a sort; the
-- waitlist entries to resolve are known from the first read and updated by id, only
-- when there are any.
CREATE OR REPLACE FUNCTION "canopy_join_open_batch"(p_communities uuid[], p_users uuid[], p_accepted_rules_versions integer[])
RETURNS TABLE ("item" integer, "outcome" text, "membership_id" uuid, "waitlist_entry_id" uuid, "waitlist_position" integer)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v_count integer := coalesce(array_length(p_users, 1), 0);
  v_outcomes text[];
  r record;
  v_community uuid;
  v_free integer;
  v_taken integer;
  v_waiting uuid[];
  v_queued uuid[];
  v_admitted_here uuid[];
  -- Seats taken per community, and everyone admitted / queued by this batch (aligned
  -- arrays in arrival order).
  t_community uuid[] := '{}';
  t_taken integer[] := '{}';
  a_item integer[] := '{}';
  a_community uuid[] := '{}';
  a_user uuid[] := '{}';
  a_rules uuid[] := '{}';
  a_entries uuid[] := '{}';
  a_membership uuid[];
  a_node uuid[];
  q_item integer[] := '{}';
  q_community uuid[] := '{}';
  q_user uuid[] := '{}';
  q_rules uuid[] := '{}';
BEGIN
  IF v_count <> coalesce(array_length(p_communities, 1), 0) OR v_count <> coalesce(array_length(p_accepted_rules_versions, 1), 0) THEN
    RAISE EXCEPTION 'canopy_join_open_batch: % people, % communities, % rules versions',
      v_count, array_length(p_communities, 1), array_length(p_accepted_rules_versions, 1);
  END IF;
  IF v_count = 0 THEN
    RETURN;
  END IF;
  -- A community that does not exist leaves its people 'not_applicable', as for one join.
  v_outcomes := array_fill('not_applicable'::text, ARRAY[v_count]);

  PERFORM 1 FROM "communities" co WHERE co."id" = ANY (p_communities) ORDER BY co."id" FOR UPDATE OF co;

  -- With the rows locked, everything the decisions need, read in one query (this
  -- statement's snapshot sees whatever the previous lock holders committed).
  FOR r IN
    SELECT k."i"::integer AS "i", k."user_id", k."rules_version" AS "accepted_version",
           co."id" AS "community_id", co."entry_mode", co."fee_amount_minor", co."member_cap", co."member_count",
           co."seats_held", co."waitlist_enabled", rv."id" AS "rules_id", rv."version" AS "rules_version",
           (SELECT true FROM "bans" b WHERE b."community_id" = co."id" AND b."user_id" = k."user_id") IS NOT NULL AS "banned",
           (SELECT m."status" FROM "memberships" m WHERE m."community_id" = co."id" AND m."user_id" = k."user_id") AS "membership_status",
           -- Their open waitlist entry (at most one), resolved below if they are admitted.
           oe."id" AS "open_entry_id", coalesce(oe."status" = 'OFFERED', false) AS "offered",
           -- Who waits already: two names are enough to know whether someone other than
           -- a given person waits (first come, first served: a newcomer queues behind them).
           ARRAY(SELECT w."user_id" FROM "waitlist_entries" w
                  WHERE w."community_id" = co."id" AND w."status" = 'WAITING' ORDER BY w."seq" LIMIT 2) AS "waiting"
      FROM unnest(p_communities, p_users, p_accepted_rules_versions) WITH ORDINALITY AS k("community_id", "user_id", "rules_version", "i")
      JOIN LATERAL (SELECT * FROM "communities" c WHERE c."id" = k."community_id" LIMIT 1) co ON true
      LEFT JOIN LATERAL (SELECT rs."id", rs."version" FROM "rule_set_versions" rs
                          WHERE rs."community_id" = co."id" ORDER BY rs."version" DESC LIMIT 1) rv ON true
      LEFT JOIN LATERAL (SELECT w."id", w."status" FROM "waitlist_entries" w
                          WHERE w."community_id" = co."id" AND w."user_id" = k."user_id"
                            AND w."status" IN ('WAITING', 'OFFERED') LIMIT 1) oe ON true
     ORDER BY co."id", k."i"
  LOOP
    IF r."community_id" IS DISTINCT FROM v_community THEN
      IF v_taken > 0 THEN
        t_community := t_community || v_community;
        t_taken := t_taken || v_taken;
      END IF;
      v_community := r."community_id";
      v_free := CASE WHEN r."member_cap" IS NULL THEN NULL ELSE r."member_cap" - r."member_count" - r."seats_held" END;
      v_waiting := r."waiting";
      v_queued := '{}';
      v_admitted_here := '{}';
      v_taken := 0;
    END IF;

    IF r."entry_mode" IS DISTINCT FROM 'OPEN' OR r."fee_amount_minor" <> 0
       OR r."rules_version" IS DISTINCT FROM r."accepted_version" THEN
      CONTINUE;  -- not_applicable: the caller takes the general path
    END IF;
    IF r."banned" THEN
      v_outcomes[r."i"] := 'banned';
      CONTINUE;
    END IF;
    IF r."membership_status" = 'ACTIVE' OR r."user_id" = ANY (v_admitted_here) THEN
      v_outcomes[r."i"] := 'already_member';
      CONTINUE;
    END IF;

    IF (v_free IS NULL OR v_free > 0)
       AND NOT EXISTS (SELECT 1 FROM unnest(v_waiting || v_queued) AS o("user_id") WHERE o."user_id" <> r."user_id") THEN
      v_outcomes[r."i"] := 'admitted';
      v_free := v_free - 1;
      v_taken := v_taken + 1;
      v_admitted_here := v_admitted_here || r."user_id";
      -- Their own waitlist entry is resolved by the admission: they wait no more.
      v_waiting := array_remove(v_waiting, r."user_id");
      v_queued := array_remove(v_queued, r."user_id");
      a_item := a_item || r."i";
      a_community := a_community || r."community_id";
      a_user := a_user || r."user_id";
      a_rules := a_rules || r."rules_id";
      IF r."open_entry_id" IS NOT NULL THEN
        a_entries := a_entries || r."open_entry_id";
      END IF;
    ELSIF r."waitlist_enabled" THEN
      v_outcomes[r."i"] := 'waitlisted';
      -- They wait from now on, unless they hold a seat offer (as for one join, only
      -- WAITING entries make later newcomers queue).
      IF NOT r."offered" THEN
        v_queued := v_queued || r."user_id";
      END IF;
      q_item := q_item || r."i";
      q_community := q_community || r."community_id";
      q_user := q_user || r."user_id";
      q_rules := q_rules || r."rules_id";
    ELSE
      v_outcomes[r."i"] := 'full';
    END IF;
  END LOOP;
  IF v_taken > 0 THEN
    t_community := t_community || v_community;
    t_taken := t_taken || v_taken;
  END IF;

  IF cardinality(t_community) > 0 THEN
    UPDATE "communities" co SET "member_count" = co."member_count" + t."taken"
      FROM unnest(t_community, t_taken) AS t("id", "taken")
     WHERE co."id" = t."id";
  END IF;

  IF cardinality(a_item) > 0 THEN
    WITH admitted AS (
      INSERT INTO "memberships" AS m (
        "id", "community_id", "user_id", "role", "status", "entry_path", "is_paid", "referral_wave",
        "accepted_rule_set_version_id", "first_joined_at", "joined_at")
      SELECT canopy_uuid7(), k."community_id", k."user_id", 'MEMBER', 'ACTIVE', 'OPEN', false, 0, k."rules", now(), now()
        FROM unnest(a_community, a_user, a_rules) WITH ORDINALITY AS k("community_id", "user_id", "rules", "n")
       ORDER BY k."n"
      ON CONFLICT ("community_id", "user_id") DO UPDATE
        SET "status" = 'ACTIVE', "role" = 'MEMBER', "joined_at" = now(), "left_at" = NULL, "left_reason" = NULL,
            "entry_path" = EXCLUDED."entry_path", "is_paid" = m."is_paid" OR EXCLUDED."is_paid",
            "accepted_rule_set_version_id" = EXCLUDED."accepted_rule_set_version_id"
        WHERE m."status" <> 'ACTIVE'
      RETURNING m."id", m."community_id", m."user_id", m."node_id"
    )
    SELECT array_agg(ad."id" ORDER BY k."n"), array_agg(ad."node_id" ORDER BY k."n")
      INTO a_membership, a_node
      FROM unnest(a_community, a_user) WITH ORDINALITY AS k("community_id", "user_id", "n")
      JOIN admitted ad ON ad."community_id" = k."community_id" AND ad."user_id" = k."user_id";

    IF coalesce(cardinality(a_membership), 0) <> cardinality(a_item) THEN
      -- Someone became a member concurrently: undo every seat by failing the statement.
      RAISE EXCEPTION 'memberships_community_id_user_id_key: a person in this batch is already a member'
        USING ERRCODE = 'unique_violation';
    END IF;

    INSERT INTO "rule_acceptances" ("id", "membership_id", "rule_set_version_id")
    SELECT canopy_uuid7(), k."membership_id", k."rules"
      FROM unnest(a_membership, a_rules) AS k("membership_id", "rules")
     WHERE k."rules" IS NOT NULL
    ON CONFLICT ("membership_id", "rule_set_version_id") DO NOTHING;

    IF cardinality(a_entries) > 0 THEN
      UPDATE "waitlist_entries" w SET "status" = 'ADMITTED', "resolved_at" = now()
       WHERE w."id" = ANY (a_entries) AND w."status" IN ('WAITING', 'OFFERED');
    END IF;
  END IF;

  IF cardinality(a_item) = 0 AND cardinality(q_item) = 0 THEN
    -- Nothing to write (statement triggers would still run for an empty INSERT).
    RETURN QUERY SELECT k."i"::integer, v_outcomes[k."i"], NULL::uuid, NULL::uuid, NULL::integer
      FROM generate_subscripts(p_users, 1) AS k("i") ORDER BY k."i";
    RETURN;
  END IF;

  -- New waitlist entries in arrival order (seq is the queue order); someone already
  -- waiting or offered keeps their entry, and their place.
  WITH queued AS (
    INSERT INTO "waitlist_entries" AS w ("id", "community_id", "user_id", "status", "entry_path", "is_paid", "rule_set_version_id")
    SELECT canopy_uuid7(), k."community_id", k."user_id", 'WAITING', 'OPEN', false, k."rules"
      FROM unnest(q_community, q_user, q_rules) WITH ORDINALITY AS k("community_id", "user_id", "rules", "n")
     ORDER BY k."n"
    ON CONFLICT ("community_id", "user_id") WHERE "status" = 'WAITING' OR "status" = 'OFFERED' DO NOTHING
    RETURNING w."community_id", w."user_id"
  ),
  events AS (
    SELECT k."item", k."community_id", k."user_id", 'JOINED'::"ActivityKind" AS "kind", k."node_id"
      FROM unnest(a_item, a_community, a_user, a_node) AS k("item", "community_id", "user_id", "node_id")
    UNION ALL
    SELECT min(k."item"), k."community_id", k."user_id", 'WAITLISTED'::"ActivityKind", NULL::uuid
      FROM unnest(q_item, q_community, q_user) AS k("item", "community_id", "user_id")
      JOIN queued ON queued."community_id" = k."community_id" AND queued."user_id" = k."user_id"
     GROUP BY k."community_id", k."user_id"
  )
  INSERT INTO "activity_events" ("community_id", "user_id", "kind", "node_id")
  SELECT e."community_id", e."user_id", e."kind", e."node_id" FROM events e ORDER BY e."item";

  -- A queued person's place is told at once (1-based among those waiting, as in
  -- lib/membership/waitlist-position.ts), saving everyone waitlisted a second query.
  RETURN QUERY
  SELECT k."i"::integer, v_outcomes[k."i"], ad."membership_id", w."id",
         CASE WHEN w."id" IS NULL THEN NULL ELSE
           (SELECT count(*)::integer FROM "waitlist_entries" o
             WHERE o."community_id" = w."community_id" AND o."status" = 'WAITING' AND o."seq" <= w."seq") END
    FROM generate_subscripts(p_users, 1) AS k("i")
    LEFT JOIN unnest(a_item, a_membership) AS ad("item", "membership_id") ON ad."item" = k."i"
    LEFT JOIN LATERAL (SELECT o."id", o."community_id", o."seq" FROM "waitlist_entries" o
                        WHERE o."community_id" = p_communities[k."i"] AND o."user_id" = p_users[k."i"]
                          AND o."status" IN ('WAITING', 'OFFERED') LIMIT 1) w ON v_outcomes[k."i"] = 'waitlisted'
   ORDER BY k."i";
END
$$;
