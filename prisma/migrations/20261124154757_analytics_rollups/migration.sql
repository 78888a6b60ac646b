-- CreateTable
CREATE TABLE "analytics_member_periods" (
    "community_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "grain" TEXT NOT NULL,
    "period_start" DATE NOT NULL,

    CONSTRAINT "analytics_member_periods_pkey" PRIMARY KEY ("community_id","user_id","grain","period_start")
);

-- CreateTable
CREATE TABLE "analytics_user_facts" (
    "community_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "is_member" BOOLEAN NOT NULL DEFAULT false,
    "status" "MembershipStatus",
    "is_paid" BOOLEAN NOT NULL DEFAULT false,
    "entry_path" "EntryPath",
    "node_key" UUID NOT NULL,
    "referral_wave" INTEGER NOT NULL DEFAULT 0,
    "invited_by_id" UUID,
    "first_joined_at" TIMESTAMPTZ(3),
    "joined_at" TIMESTAMPTZ(3),
    "left_at" TIMESTAMPTZ(3),
    "left_reason" TEXT,
    "first_seen_at" TIMESTAMPTZ(3),
    "applied_at" TIMESTAMPTZ(3),
    "first_contribution_at" TIMESTAMPTZ(3),
    "last_active_at" TIMESTAMPTZ(3),
    "active_week4" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "analytics_user_facts_pkey" PRIMARY KEY ("community_id","user_id")
);

-- CreateTable
CREATE TABLE "analytics_active_counts" (
    "community_id" UUID NOT NULL,
    "grain" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "is_paid" BOOLEAN NOT NULL,
    "entry_path" "EntryPath" NOT NULL,
    "node_key" UUID NOT NULL,
    "members" INTEGER NOT NULL,

    CONSTRAINT "analytics_active_counts_pkey" PRIMARY KEY ("community_id","grain","period_start","is_paid","entry_path","node_key")
);

-- CreateTable
CREATE TABLE "analytics_cohort_counts" (
    "community_id" UUID NOT NULL,
    "grain" TEXT NOT NULL,
    "cohort_start" DATE NOT NULL,
    "period_start" DATE NOT NULL,
    "is_paid" BOOLEAN NOT NULL,
    "entry_path" "EntryPath" NOT NULL,
    "node_key" UUID NOT NULL,
    "members" INTEGER NOT NULL,

    CONSTRAINT "analytics_cohort_counts_pkey" PRIMARY KEY ("community_id","grain","cohort_start","period_start","is_paid","entry_path","node_key")
);

-- CreateTable
CREATE TABLE "analytics_join_counts" (
    "community_id" UUID NOT NULL,
    "join_day" DATE NOT NULL,
    "is_paid" BOOLEAN NOT NULL,
    "entry_path" "EntryPath" NOT NULL,
    "node_key" UUID NOT NULL,
    "referral_wave" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "active_week4" INTEGER NOT NULL,

    CONSTRAINT "analytics_join_counts_pkey" PRIMARY KEY ("community_id","join_day","is_paid","entry_path","node_key","referral_wave")
);

-- CreateTable
CREATE TABLE "analytics_anonymous_views" (
    "community_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL,

    CONSTRAINT "analytics_anonymous_views_pkey" PRIMARY KEY ("community_id","day")
);

-- CreateTable
CREATE TABLE "analytics_funnel_counts" (
    "community_id" UUID NOT NULL,
    "first_seen_day" DATE NOT NULL,
    "node_key" UUID NOT NULL,
    "is_member" BOOLEAN NOT NULL,
    "is_paid" BOOLEAN NOT NULL,
    "entry_path" TEXT NOT NULL,
    "applied" BOOLEAN NOT NULL,
    "contributed" BOOLEAN NOT NULL,
    "active_week4" BOOLEAN NOT NULL,
    "people" INTEGER NOT NULL,

    CONSTRAINT "analytics_funnel_counts_pkey" PRIMARY KEY ("community_id","first_seen_day","node_key","is_member","is_paid","entry_path","applied","contributed","active_week4")
);

-- CreateTable
CREATE TABLE "analytics_last_seen_counts" (
    "community_id" UUID NOT NULL,
    "last_seen_day" DATE NOT NULL,
    "node_key" UUID NOT NULL,
    "is_paid" BOOLEAN NOT NULL,
    "entry_path" "EntryPath" NOT NULL,
    "members" INTEGER NOT NULL,

    CONSTRAINT "analytics_last_seen_counts_pkey" PRIMARY KEY ("community_id","last_seen_day","node_key","is_paid","entry_path")
);

-- CreateTable
CREATE TABLE "analytics_departure_counts" (
    "community_id" UUID NOT NULL,
    "left_day" DATE NOT NULL,
    "status" "MembershipStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "node_key" UUID NOT NULL,
    "is_paid" BOOLEAN NOT NULL,
    "entry_path" "EntryPath" NOT NULL,
    "members" INTEGER NOT NULL,

    CONSTRAINT "analytics_departure_counts_pkey" PRIMARY KEY ("community_id","left_day","status","reason","node_key","is_paid","entry_path")
);

-- CreateTable
CREATE TABLE "analytics_inviter_counts" (
    "community_id" UUID NOT NULL,
    "node_key" UUID NOT NULL,
    "inviter_id" UUID NOT NULL,
    "invitees" INTEGER NOT NULL,
    "retained" INTEGER NOT NULL,

    CONSTRAINT "analytics_inviter_counts_pkey" PRIMARY KEY ("community_id","node_key","inviter_id")
);

-- CreateIndex
CREATE INDEX "analytics_user_facts_community_id_first_seen_at_idx" ON "analytics_user_facts"("community_id", "first_seen_at");

-- CreateIndex
CREATE INDEX "analytics_inviter_counts_community_id_node_key_retained_inv_idx" ON "analytics_inviter_counts"("community_id", "node_key", "retained" DESC, "invitees" DESC);

-- AddForeignKey
ALTER TABLE "analytics_member_periods" ADD CONSTRAINT "analytics_member_periods_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analytics_user_facts" ADD CONSTRAINT "analytics_user_facts_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analytics_active_counts" ADD CONSTRAINT "analytics_active_counts_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analytics_cohort_counts" ADD CONSTRAINT "analytics_cohort_counts_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analytics_join_counts" ADD CONSTRAINT "analytics_join_counts_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analytics_anonymous_views" ADD CONSTRAINT "analytics_anonymous_views_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analytics_funnel_counts" ADD CONSTRAINT "analytics_funnel_counts_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analytics_last_seen_counts" ADD CONSTRAINT "analytics_last_seen_counts_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analytics_departure_counts" ADD CONSTRAINT "analytics_departure_counts_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analytics_inviter_counts" ADD CONSTRAINT "analytics_inviter_counts_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────── Hand-written: rollup maintenance (docs/decisions/005) ─────────────
-- The rollups above are kept exact in the same transaction as the writes they follow,
-- by statement-level triggers (one call per INSERT statement, however many rows), so
-- every write path — the app, the seed, bulk loads — keeps them current.
--   * New activity events take a fast path: the member-periods they add
--     (INSERT … ON CONFLICT DO NOTHING RETURNING) are exactly the ones that add one
--     to the counts, so distinct counts stay exact without rescanning anything.
--   * Anything else (a membership created, changed or removed; an event edited or
--     deleted) recomputes the affected members from the raw tables: subtract what
--     they contributed (from the facts snapshot), rebuild, add back.

ALTER TABLE "analytics_member_periods"
  ADD CONSTRAINT "analytics_member_periods_grain" CHECK ("grain" IN ('day', 'week', 'month'));
ALTER TABLE "analytics_active_counts"
  ADD CONSTRAINT "analytics_active_counts_grain" CHECK ("grain" IN ('day', 'week', 'month'));
ALTER TABLE "analytics_cohort_counts"
  ADD CONSTRAINT "analytics_cohort_counts_grain" CHECK ("grain" IN ('week', 'month'));

-- The start of the UTC day / ISO week (Monday) / month containing a moment.
CREATE FUNCTION "analytics_period_start"(grain text, at timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT date_trunc(grain, at AT TIME ZONE 'UTC')::date $$;

-- Which events count as "active" (engaged) and as a "contribution": see ADR 005.
CREATE FUNCTION "analytics_is_active_kind"(kind "ActivityKind") RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT kind IN ('VISITED', 'POSTED', 'COMMENTED', 'EVENT_ATTENDED') $$;
CREATE FUNCTION "analytics_is_contribution_kind"(kind "ActivityKind") RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT kind IN ('POSTED', 'COMMENTED', 'EVENT_ATTENDED') $$;

-- Adds (sign 1) or removes (sign -1) what the given members' active periods contribute to
-- the period counts, from their facts snapshot. Pairs must be distinct. Every count goes
-- to the member's node and to "all nodes".
CREATE FUNCTION "analytics_apply"(p_community uuid[], p_user uuid[], p_sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "analytics_active_counts" AS t ("community_id", "grain", "period_start", "is_paid", "entry_path", "node_key", "members")
  SELECT f."community_id", p."grain", p."period_start", f."is_paid", f."entry_path", n."node_key", p_sign * count(*)
    FROM unnest(p_community, p_user) AS k("community_id", "user_id")
    JOIN "communities" c ON c."id" = k."community_id"
    JOIN "analytics_user_facts" f ON f."community_id" = k."community_id" AND f."user_id" = k."user_id" AND f."is_member"
    JOIN "analytics_member_periods" p ON p."community_id" = f."community_id" AND p."user_id" = f."user_id"
    CROSS JOIN LATERAL (VALUES (f."node_key"), ('ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)) AS n("node_key")
   GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("community_id", "grain", "period_start", "is_paid", "entry_path", "node_key")
  DO UPDATE SET "members" = t."members" + excluded."members";

  INSERT INTO "analytics_cohort_counts" AS t ("community_id", "grain", "cohort_start", "period_start", "is_paid", "entry_path", "node_key", "members")
  SELECT f."community_id", p."grain", "analytics_period_start"(p."grain", f."first_joined_at"), p."period_start",
         f."is_paid", f."entry_path", n."node_key", p_sign * count(*)
    FROM unnest(p_community, p_user) AS k("community_id", "user_id")
    JOIN "communities" c ON c."id" = k."community_id"
    JOIN "analytics_user_facts" f ON f."community_id" = k."community_id" AND f."user_id" = k."user_id" AND f."is_member"
    JOIN "analytics_member_periods" p ON p."community_id" = f."community_id" AND p."user_id" = f."user_id"
    CROSS JOIN LATERAL (VALUES (f."node_key"), ('ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)) AS n("node_key")
   WHERE p."grain" <> 'day' AND p."period_start" >= "analytics_period_start"(p."grain", f."first_joined_at")
   GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("community_id", "grain", "cohort_start", "period_start", "is_paid", "entry_path", "node_key")
  DO UPDATE SET "members" = t."members" + excluded."members";
END
$$;

-- What one person's facts contribute to the per-person counts (funnel, joins and waves,
-- last seen, departures, inviters); called with -1 for the old row and +1 for the new one
-- by the row trigger on analytics_user_facts.
CREATE FUNCTION "analytics_fact_counts"(f "analytics_user_facts", p_sign integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  nodes uuid[] := ARRAY[f."node_key", 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid];
  week4 integer := CASE WHEN f."is_member" AND f."active_week4" THEN 1 ELSE 0 END;
BEGIN
  -- A cascading community delete removes the counts itself.
  IF NOT EXISTS (SELECT 1 FROM "communities" WHERE "id" = f."community_id") THEN
    RETURN;
  END IF;
  IF f."first_seen_at" IS NOT NULL THEN
    INSERT INTO "analytics_funnel_counts" AS t ("community_id", "first_seen_day", "node_key", "is_member", "is_paid", "entry_path",
           "applied", "contributed", "active_week4", "people")
    SELECT f."community_id", "analytics_period_start"('day', f."first_seen_at"), n, f."is_member", f."is_paid",
           coalesce(f."entry_path"::text, 'NONE'), f."is_member" OR f."applied_at" IS NOT NULL,
           coalesce(f."is_member" AND f."first_contribution_at" < f."first_joined_at" + interval '7 days', false),
           week4 = 1, p_sign
      FROM unnest(nodes) AS n
    ON CONFLICT ("community_id", "first_seen_day", "node_key", "is_member", "is_paid", "entry_path", "applied", "contributed", "active_week4")
    DO UPDATE SET "people" = t."people" + excluded."people";
  END IF;
  IF NOT f."is_member" THEN
    RETURN;
  END IF;
  INSERT INTO "analytics_join_counts" AS t ("community_id", "join_day", "is_paid", "entry_path", "node_key", "referral_wave", "members", "active_week4")
  SELECT f."community_id", "analytics_period_start"('day', f."first_joined_at"), f."is_paid", f."entry_path", n, f."referral_wave", p_sign, p_sign * week4
    FROM unnest(nodes) AS n
  ON CONFLICT ("community_id", "join_day", "is_paid", "entry_path", "node_key", "referral_wave")
  DO UPDATE SET "members" = t."members" + excluded."members", "active_week4" = t."active_week4" + excluded."active_week4";
  IF f."status" = 'ACTIVE' THEN
    INSERT INTO "analytics_last_seen_counts" AS t ("community_id", "last_seen_day", "node_key", "is_paid", "entry_path", "members")
    SELECT f."community_id", "analytics_period_start"('day', greatest(f."last_active_at", f."joined_at")), n, f."is_paid", f."entry_path", p_sign
      FROM unnest(nodes) AS n
    ON CONFLICT ("community_id", "last_seen_day", "node_key", "is_paid", "entry_path")
    DO UPDATE SET "members" = t."members" + excluded."members";
  ELSIF f."left_at" IS NOT NULL THEN
    INSERT INTO "analytics_departure_counts" AS t ("community_id", "left_day", "status", "reason", "node_key", "is_paid", "entry_path", "members")
    SELECT f."community_id", "analytics_period_start"('day', f."left_at"), f."status", coalesce(btrim(f."left_reason"), ''), n,
           f."is_paid", f."entry_path", p_sign
      FROM unnest(nodes) AS n
    ON CONFLICT ("community_id", "left_day", "status", "reason", "node_key", "is_paid", "entry_path")
    DO UPDATE SET "members" = t."members" + excluded."members";
  END IF;
  IF f."invited_by_id" IS NOT NULL THEN
    INSERT INTO "analytics_inviter_counts" AS t ("community_id", "node_key", "inviter_id", "invitees", "retained")
    SELECT f."community_id", n, f."invited_by_id", p_sign, p_sign * week4
      FROM unnest(nodes) AS n
    ON CONFLICT ("community_id", "node_key", "inviter_id")
    DO UPDATE SET "invitees" = t."invitees" + excluded."invitees", "retained" = t."retained" + excluded."retained";
  END IF;
END
$$;

CREATE FUNCTION "analytics_facts_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "analytics_fact_counts"(OLD, -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "analytics_fact_counts"(NEW, 1);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "analytics_facts_inserted" AFTER INSERT ON "analytics_user_facts"
  FOR EACH ROW EXECUTE FUNCTION "analytics_facts_changed"();
CREATE TRIGGER "analytics_facts_deleted" AFTER DELETE ON "analytics_user_facts"
  FOR EACH ROW EXECUTE FUNCTION "analytics_facts_changed"();
-- Most events only move last_active_at within the same day: nothing counted changes.
CREATE TRIGGER "analytics_facts_updated" AFTER UPDATE ON "analytics_user_facts"
  FOR EACH ROW WHEN (
    (OLD."is_member", OLD."status", OLD."is_paid", OLD."entry_path", OLD."node_key", OLD."referral_wave", OLD."invited_by_id",
     OLD."first_joined_at", OLD."left_at", OLD."left_reason", OLD."first_seen_at", OLD."applied_at" IS NULL, OLD."first_contribution_at",
     OLD."active_week4", "analytics_period_start"('day', greatest(OLD."last_active_at", OLD."joined_at")))
    IS DISTINCT FROM
    (NEW."is_member", NEW."status", NEW."is_paid", NEW."entry_path", NEW."node_key", NEW."referral_wave", NEW."invited_by_id",
     NEW."first_joined_at", NEW."left_at", NEW."left_reason", NEW."first_seen_at", NEW."applied_at" IS NULL, NEW."first_contribution_at",
     NEW."active_week4", "analytics_period_start"('day', greatest(NEW."last_active_at", NEW."joined_at"))))
  EXECUTE FUNCTION "analytics_facts_changed"();

-- Rebuilds the given (community, user) pairs from memberships and activity_events.
CREATE FUNCTION "analytics_recompute"(p_community uuid[], p_user uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  c uuid[];
  u uuid[];
BEGIN
  SELECT coalesce(array_agg(k."community_id"), '{}'), coalesce(array_agg(k."user_id"), '{}') INTO c, u
    FROM (SELECT DISTINCT x."community_id", x."user_id"
            FROM unnest(p_community, p_user) AS x("community_id", "user_id")
           WHERE x."user_id" IS NOT NULL) k;
  IF cardinality(c) = 0 THEN
    RETURN;
  END IF;

  -- Lock the members' facts first: concurrent event inserts for them wait here.
  PERFORM 1 FROM "analytics_user_facts" f, unnest(c, u) AS k("community_id", "user_id")
    WHERE f."community_id" = k."community_id" AND f."user_id" = k."user_id" FOR UPDATE OF f;

  PERFORM "analytics_apply"(c, u, -1);

  DELETE FROM "analytics_member_periods" p USING unnest(c, u) AS k("community_id", "user_id")
   WHERE p."community_id" = k."community_id" AND p."user_id" = k."user_id";

  INSERT INTO "analytics_user_facts" AS f ("community_id", "user_id", "is_member", "status", "is_paid", "entry_path", "node_key",
         "referral_wave", "invited_by_id", "first_joined_at", "joined_at", "left_at", "left_reason", "first_seen_at", "applied_at",
         "first_contribution_at", "last_active_at", "active_week4")
  SELECT k."community_id", k."user_id", m."id" IS NOT NULL, m."status", coalesce(m."is_paid", false), m."entry_path",
         coalesce(m."node_id", '00000000-0000-0000-0000-000000000000'), coalesce(m."referral_wave", 0), m."invited_by_id",
         m."first_joined_at", m."joined_at", m."left_at", m."left_reason", least(e."first_seen_at", m."first_joined_at"), e."applied_at",
         e."first_contribution_at", e."last_active_at", false
    FROM unnest(c, u) AS k("community_id", "user_id")
    JOIN "communities" cm ON cm."id" = k."community_id"
    LEFT JOIN "memberships" m ON m."community_id" = k."community_id" AND m."user_id" = k."user_id"
    CROSS JOIN LATERAL (
      SELECT count(*) AS "events",
             min(ev."occurred_at") AS "first_seen_at",
             min(ev."occurred_at") FILTER (WHERE ev."kind" = 'APPLIED') AS "applied_at",
             min(ev."occurred_at") FILTER (WHERE "analytics_is_contribution_kind"(ev."kind")) AS "first_contribution_at",
             max(ev."occurred_at") FILTER (WHERE "analytics_is_active_kind"(ev."kind")) AS "last_active_at"
        FROM "activity_events" ev
       WHERE ev."community_id" = k."community_id" AND ev."user_id" = k."user_id") e
   WHERE m."id" IS NOT NULL OR e."events" > 0
  ON CONFLICT ("community_id", "user_id") DO UPDATE SET
    "is_member" = excluded."is_member", "status" = excluded."status", "is_paid" = excluded."is_paid",
    "entry_path" = excluded."entry_path", "node_key" = excluded."node_key", "referral_wave" = excluded."referral_wave",
    "invited_by_id" = excluded."invited_by_id", "first_joined_at" = excluded."first_joined_at",
    "joined_at" = excluded."joined_at", "left_at" = excluded."left_at", "left_reason" = excluded."left_reason", "first_seen_at" = excluded."first_seen_at", "applied_at" = excluded."applied_at",
    "first_contribution_at" = excluded."first_contribution_at", "last_active_at" = excluded."last_active_at",
    "active_week4" = false;

  -- People with neither a membership nor events any more (deleted user, moved events).
  DELETE FROM "analytics_user_facts" f USING unnest(c, u) AS k("community_id", "user_id")
   WHERE f."community_id" = k."community_id" AND f."user_id" = k."user_id"
     AND NOT EXISTS (SELECT 1 FROM "memberships" m WHERE m."community_id" = f."community_id" AND m."user_id" = f."user_id")
     AND NOT EXISTS (SELECT 1 FROM "activity_events" ev WHERE ev."community_id" = f."community_id" AND ev."user_id" = f."user_id");

  INSERT INTO "analytics_member_periods" ("community_id", "user_id", "grain", "period_start")
  SELECT DISTINCT ev."community_id", ev."user_id", g."grain", "analytics_period_start"(g."grain", ev."occurred_at")
    FROM unnest(c, u) AS k("community_id", "user_id")
    JOIN "analytics_user_facts" f ON f."community_id" = k."community_id" AND f."user_id" = k."user_id"
    JOIN "activity_events" ev ON ev."community_id" = k."community_id" AND ev."user_id" = k."user_id"
    CROSS JOIN (VALUES ('day'), ('week'), ('month')) AS g("grain")
   WHERE "analytics_is_active_kind"(ev."kind")
  ON CONFLICT DO NOTHING;

  UPDATE "analytics_user_facts" f SET "active_week4" = true
    FROM unnest(c, u) AS k("community_id", "user_id")
   WHERE f."community_id" = k."community_id" AND f."user_id" = k."user_id" AND f."is_member"
     AND EXISTS (
       SELECT 1 FROM "analytics_member_periods" p
        WHERE p."community_id" = f."community_id" AND p."user_id" = f."user_id" AND p."grain" = 'day'
          AND p."period_start" BETWEEN "analytics_period_start"('day', f."first_joined_at") + 21
                                   AND "analytics_period_start"('day', f."first_joined_at") + 27);

  PERFORM "analytics_apply"(c, u, 1);
END
$$;

-- Fast path for new events.
CREATE FUNCTION "analytics_events_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "analytics_anonymous_views" AS t ("community_id", "day", "views")
  SELECT e."community_id", "analytics_period_start"('day', e."occurred_at"), count(*)
    FROM new_events e WHERE e."user_id" IS NULL AND e."kind" = 'VIEWED'
   GROUP BY 1, 2
  ON CONFLICT ("community_id", "day") DO UPDATE SET "views" = t."views" + excluded."views";

  INSERT INTO "analytics_user_facts" AS f ("community_id", "user_id", "node_key", "first_seen_at", "applied_at", "first_contribution_at", "last_active_at")
  SELECT e."community_id", e."user_id", '00000000-0000-0000-0000-000000000000'::uuid, min(e."occurred_at"),
         min(e."occurred_at") FILTER (WHERE e."kind" = 'APPLIED'),
         min(e."occurred_at") FILTER (WHERE "analytics_is_contribution_kind"(e."kind")),
         max(e."occurred_at") FILTER (WHERE "analytics_is_active_kind"(e."kind"))
    FROM new_events e WHERE e."user_id" IS NOT NULL
   GROUP BY 1, 2, 3
  ON CONFLICT ("community_id", "user_id") DO UPDATE SET
    "first_seen_at" = least(f."first_seen_at", excluded."first_seen_at"),
    "applied_at" = least(f."applied_at", excluded."applied_at"),
    "first_contribution_at" = least(f."first_contribution_at", excluded."first_contribution_at"),
    "last_active_at" = greatest(f."last_active_at", excluded."last_active_at")
  -- Most events change nothing here but last_active_at; skip rows that stay the same.
  WHERE (f."first_seen_at", f."applied_at", f."first_contribution_at", f."last_active_at")
        IS DISTINCT FROM (least(f."first_seen_at", excluded."first_seen_at"), least(f."applied_at", excluded."applied_at"),
                          least(f."first_contribution_at", excluded."first_contribution_at"),
                          greatest(f."last_active_at", excluded."last_active_at"));

  WITH candidates AS (
    SELECT DISTINCT e."community_id", e."user_id", g."grain", "analytics_period_start"(g."grain", e."occurred_at") AS "period_start"
      FROM new_events e CROSS JOIN (VALUES ('day'), ('week'), ('month')) AS g("grain")
     WHERE e."user_id" IS NOT NULL AND "analytics_is_active_kind"(e."kind")
  ), added AS (
    INSERT INTO "analytics_member_periods" ("community_id", "user_id", "grain", "period_start")
    SELECT * FROM candidates
    ON CONFLICT DO NOTHING
    RETURNING *
  ), counted AS (
    SELECT a."community_id", a."user_id", a."grain", a."period_start", f."is_paid", f."entry_path", f."node_key", f."first_joined_at"
      FROM added a
      JOIN "analytics_user_facts" f ON f."community_id" = a."community_id" AND f."user_id" = a."user_id"
     WHERE f."is_member"
  ), active AS (
    INSERT INTO "analytics_active_counts" AS t ("community_id", "grain", "period_start", "is_paid", "entry_path", "node_key", "members")
    SELECT c."community_id", c."grain", c."period_start", c."is_paid", c."entry_path", n."node_key", count(*)
      FROM counted c CROSS JOIN LATERAL (VALUES (c."node_key"), ('ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)) AS n("node_key")
     GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("community_id", "grain", "period_start", "is_paid", "entry_path", "node_key")
    DO UPDATE SET "members" = t."members" + excluded."members"
  ), cohorts AS (
    INSERT INTO "analytics_cohort_counts" AS t ("community_id", "grain", "cohort_start", "period_start", "is_paid", "entry_path", "node_key", "members")
    SELECT c."community_id", c."grain", "analytics_period_start"(c."grain", c."first_joined_at"), c."period_start", c."is_paid", c."entry_path",
           n."node_key", count(*)
      FROM counted c CROSS JOIN LATERAL (VALUES (c."node_key"), ('ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)) AS n("node_key")
     WHERE c."grain" <> 'day' AND c."period_start" >= "analytics_period_start"(c."grain", c."first_joined_at")
     GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ("community_id", "grain", "cohort_start", "period_start", "is_paid", "entry_path", "node_key")
    DO UPDATE SET "members" = t."members" + excluded."members"
  )
  UPDATE "analytics_user_facts" f SET "active_week4" = true
    FROM (SELECT DISTINCT "community_id", "user_id" FROM counted
           WHERE "grain" = 'day'
             AND "period_start" - "analytics_period_start"('day', "first_joined_at") BETWEEN 21 AND 27) w
   WHERE f."community_id" = w."community_id" AND f."user_id" = w."user_id" AND NOT f."active_week4";
  RETURN NULL;
END
$$;

CREATE FUNCTION "analytics_events_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "analytics_recompute"(array_agg(o."community_id"), array_agg(o."user_id")) FROM old_events o;
  ELSE
    PERFORM "analytics_recompute"(array_agg(x."community_id"), array_agg(x."user_id"))
      FROM (SELECT o."community_id", o."user_id" FROM old_events o JOIN new_events n ON n."id" = o."id"
             WHERE (o."community_id", o."user_id", o."kind", o."occurred_at") IS DISTINCT FROM (n."community_id", n."user_id", n."kind", n."occurred_at")
            UNION
            SELECT n."community_id", n."user_id" FROM old_events o JOIN new_events n ON n."id" = o."id"
             WHERE (o."community_id", o."user_id", o."kind", o."occurred_at") IS DISTINCT FROM (n."community_id", n."user_id", n."kind", n."occurred_at")) x;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "analytics_events_inserted" AFTER INSERT ON "activity_events"
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION "analytics_events_inserted"();
CREATE TRIGGER "analytics_events_updated" AFTER UPDATE ON "activity_events"
  REFERENCING OLD TABLE AS old_events NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION "analytics_events_changed"();
CREATE TRIGGER "analytics_events_deleted" AFTER DELETE ON "activity_events"
  REFERENCING OLD TABLE AS old_events FOR EACH STATEMENT EXECUTE FUNCTION "analytics_events_changed"();

-- Memberships: recompute members whose counted attributes changed.
CREATE FUNCTION "analytics_memberships_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  fresh_community uuid[];
  fresh_user uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- Fast path for the common case, a person joining who has no facts yet (no events
    -- in this community): their facts are the membership itself, with no active periods
    -- to count, which is exactly what analytics_recompute would produce, at a fraction
    -- of the cost on the join path. Everyone else is recomputed.
    WITH fresh AS (
      INSERT INTO "analytics_user_facts" AS f ("community_id", "user_id", "is_member", "status", "is_paid", "entry_path", "node_key",
             "referral_wave", "invited_by_id", "first_joined_at", "joined_at", "left_at", "left_reason", "first_seen_at", "applied_at",
             "first_contribution_at", "last_active_at", "active_week4")
      SELECT n."community_id", n."user_id", true, n."status", n."is_paid", n."entry_path",
             coalesce(n."node_id", '00000000-0000-0000-0000-000000000000'), n."referral_wave", n."invited_by_id",
             n."first_joined_at", n."joined_at", n."left_at", n."left_reason", n."first_joined_at", NULL, NULL, NULL, false
        FROM new_rows n
        JOIN "communities" c ON c."id" = n."community_id"
      ON CONFLICT ("community_id", "user_id") DO NOTHING
      RETURNING f."community_id", f."user_id"
    )
    SELECT coalesce(array_agg(fresh."community_id"), '{}'), coalesce(array_agg(fresh."user_id"), '{}') INTO fresh_community, fresh_user FROM fresh;
    PERFORM "analytics_recompute"(array_agg(n."community_id"), array_agg(n."user_id"))
       FROM new_rows n
      WHERE NOT EXISTS (
        SELECT 1 FROM unnest(fresh_community, fresh_user) AS k("community_id", "user_id")
         WHERE k."community_id" = n."community_id" AND k."user_id" = n."user_id");
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "analytics_recompute"(array_agg(o."community_id"), array_agg(o."user_id")) FROM old_rows o;
  ELSE
    PERFORM "analytics_recompute"(array_agg(x."community_id"), array_agg(x."user_id"))
      FROM (SELECT o."community_id", o."user_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
             WHERE (o."community_id", o."user_id", o."status", o."is_paid", o."entry_path", o."node_id", o."referral_wave",
                    o."invited_by_id", o."first_joined_at", o."joined_at", o."left_at", o."left_reason")
                   IS DISTINCT FROM
                   (n."community_id", n."user_id", n."status", n."is_paid", n."entry_path", n."node_id", n."referral_wave",
                    n."invited_by_id", n."first_joined_at", n."joined_at", n."left_at", n."left_reason")
            UNION
            SELECT n."community_id", n."user_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
             WHERE (o."community_id", o."user_id") IS DISTINCT FROM (n."community_id", n."user_id")) x;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "analytics_memberships_inserted" AFTER INSERT ON "memberships"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_memberships_changed"();
CREATE TRIGGER "analytics_memberships_updated" AFTER UPDATE ON "memberships"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_memberships_changed"();
CREATE TRIGGER "analytics_memberships_deleted" AFTER DELETE ON "memberships"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_memberships_changed"();
