-- AlterTable
ALTER TABLE "communities" ADD COLUMN     "seats_held" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "waitlist_entries" ADD COLUMN     "entry_path" "EntryPath" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "invited_by_id" UUID,
ADD COLUMN     "is_paid" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "rule_set_version_id" UUID;

-- CreateTable
CREATE TABLE "bans" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "banned_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bans_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "bans_community_id_user_id_key" ON "bans"("community_id", "user_id");

-- AddForeignKey
ALTER TABLE "bans" ADD CONSTRAINT "bans_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bans" ADD CONSTRAINT "bans_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bans" ADD CONSTRAINT "bans_banned_by_id_fkey" FOREIGN KEY ("banned_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────────────────────────────────────────────────────────────────────
-- Hand-written: seats held for waitlist offers, and admission in one statement.
-- ───────────────────────────────────────────────────────────────────────────

ALTER TABLE "communities"
  ADD CONSTRAINT "communities_seats_held_nonnegative" CHECK ("seats_held" >= 0);

ALTER TABLE "bans"
  ADD CONSTRAINT "bans_reason_length" CHECK (char_length("reason") BETWEEN 1 AND 2000);

-- The cap now covers active members plus seats held for waitlist offers. As before,
-- only increases are checked: lowering the cap removes nobody.
CREATE OR REPLACE FUNCTION "communities_enforce_member_cap"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."member_cap" IS NOT NULL
     AND NEW."member_count" + NEW."seats_held" > NEW."member_cap"
     AND (TG_OP = 'INSERT' OR NEW."member_count" + NEW."seats_held" > OLD."member_count" + OLD."seats_held") THEN
    RAISE EXCEPTION 'communities_member_cap: community % is at its member cap of %', NEW."id", NEW."member_cap"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'communities_member_cap';
  END IF;
  RETURN NEW;
END
$$;
DROP TRIGGER "communities_member_cap" ON "communities";
CREATE TRIGGER "communities_member_cap"
  BEFORE INSERT OR UPDATE OF "member_count", "member_cap", "seats_held" ON "communities"
  FOR EACH ROW EXECUTE FUNCTION "communities_enforce_member_cap"();

-- Time-ordered UUIDs (version 7) for rows created in SQL, like Prisma's uuid(7).
CREATE FUNCTION "canopy_uuid7"() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;

-- Admission: the one place a seat is taken, used by every path (open join,
-- approval, invitation, payment confirmation, waitlist promotion and offers).
-- The community row is locked first by the guarded counter update, then the
-- membership is written; if the person turns out to be a member already, the
-- whole statement fails and the seat is given back.
--   p_mode: 'new'       a newcomer; queues behind anyone already waiting
--           'promotion' the head of the waitlist takes a free seat
--           'offer'     the person takes the seat held for their offer
--   outcome: 'admitted' | 'waitlisted' | 'full' | 'already_member' | 'banned'
CREATE FUNCTION "canopy_admit_member"(
  p_community uuid,
  p_user uuid,
  p_entry_path "EntryPath",
  p_is_paid boolean,
  p_invited_by uuid,
  p_invitation uuid,
  p_rule_set uuid,
  p_application uuid,
  p_mode text,
  p_queue_when_full boolean
) RETURNS TABLE ("outcome" text, "membership_id" uuid, "waitlist_entry_id" uuid)
LANGUAGE plpgsql AS $$
-- The result columns (membership_id, …) share names with table columns.
#variable_conflict use_column
DECLARE
  v_status "MembershipStatus";
  v_taken integer;
  v_wave integer;
  v_membership uuid;
  v_entry uuid;
  v_node uuid;
BEGIN
  IF EXISTS (SELECT 1 FROM "bans" b WHERE b."community_id" = p_community AND b."user_id" = p_user) THEN
    RETURN QUERY SELECT 'banned'::text, NULL::uuid, NULL::uuid;
    RETURN;
  END IF;
  SELECT m."status" INTO v_status FROM "memberships" m WHERE m."community_id" = p_community AND m."user_id" = p_user;
  IF v_status = 'ACTIVE' THEN
    RETURN QUERY SELECT 'already_member'::text, NULL::uuid, NULL::uuid;
    RETURN;
  END IF;

  IF p_mode = 'offer' THEN
    -- The seat was held for this person when the offer was made.
    UPDATE "communities" SET "member_count" = "member_count" + 1, "seats_held" = "seats_held" - 1
     WHERE "id" = p_community AND "seats_held" > 0;
  ELSIF p_mode = 'promotion' THEN
    UPDATE "communities" c SET "member_count" = c."member_count" + 1
     WHERE c."id" = p_community AND (c."member_cap" IS NULL OR c."member_count" + c."seats_held" < c."member_cap");
  ELSIF p_mode = 'new' THEN
    -- First come, first served: while others wait, a newcomer queues behind them.
    UPDATE "communities" c SET "member_count" = c."member_count" + 1
     WHERE c."id" = p_community
       AND (c."member_cap" IS NULL OR c."member_count" + c."seats_held" < c."member_cap")
       AND NOT EXISTS (
         SELECT 1 FROM "waitlist_entries" w
          WHERE w."community_id" = p_community AND w."status" = 'WAITING' AND w."user_id" <> p_user);
  ELSE
    RAISE EXCEPTION 'canopy_admit_member: unknown mode %', p_mode;
  END IF;
  GET DIAGNOSTICS v_taken = ROW_COUNT;

  IF v_taken = 0 THEN
    IF p_queue_when_full AND EXISTS (SELECT 1 FROM "communities" c WHERE c."id" = p_community AND c."waitlist_enabled") THEN
      INSERT INTO "waitlist_entries" AS w (
        "id", "community_id", "user_id", "status", "entry_path", "is_paid", "invited_by_id", "rule_set_version_id",
        "application_id", "invitation_id")
      VALUES (canopy_uuid7(), p_community, p_user, 'WAITING', p_entry_path, p_is_paid, p_invited_by, p_rule_set,
        p_application, p_invitation)
      ON CONFLICT ("community_id", "user_id") WHERE "status" = 'WAITING' OR "status" = 'OFFERED' DO NOTHING
      RETURNING w."id" INTO v_entry;
      IF v_entry IS NULL THEN
        SELECT w."id" INTO v_entry FROM "waitlist_entries" w
         WHERE w."community_id" = p_community AND w."user_id" = p_user AND w."status" IN ('WAITING', 'OFFERED');
      ELSE
        INSERT INTO "activity_events" ("community_id", "user_id", "kind") VALUES (p_community, p_user, 'WAITLISTED');
      END IF;
      RETURN QUERY SELECT 'waitlisted'::text, NULL::uuid, v_entry;
    ELSE
      RETURN QUERY SELECT 'full'::text, NULL::uuid, NULL::uuid;
    END IF;
    RETURN;
  END IF;

  v_wave := 0;
  IF p_invited_by IS NOT NULL THEN
    SELECT m."referral_wave" + 1 INTO v_wave FROM "memberships" m
     WHERE m."community_id" = p_community AND m."user_id" = p_invited_by;
    v_wave := COALESCE(v_wave, 1);
  END IF;

  INSERT INTO "memberships" AS m (
    "id", "community_id", "user_id", "role", "status", "entry_path", "is_paid", "invited_by_id", "invitation_id",
    "referral_wave", "accepted_rule_set_version_id", "first_joined_at", "joined_at")
  VALUES (
    canopy_uuid7(), p_community, p_user, 'MEMBER', 'ACTIVE', p_entry_path, p_is_paid, p_invited_by, p_invitation,
    v_wave, p_rule_set, now(), now())
  ON CONFLICT ("community_id", "user_id") DO UPDATE
    SET "status" = 'ACTIVE', "role" = 'MEMBER', "joined_at" = now(), "left_at" = NULL, "left_reason" = NULL,
        "entry_path" = EXCLUDED."entry_path", "is_paid" = m."is_paid" OR EXCLUDED."is_paid",
        "accepted_rule_set_version_id" = EXCLUDED."accepted_rule_set_version_id"
    WHERE m."status" <> 'ACTIVE'
  RETURNING m."id", m."node_id" INTO v_membership, v_node;

  IF v_membership IS NULL THEN
    -- Became a member concurrently: undo the seat by failing the whole statement.
    RAISE EXCEPTION 'memberships_community_id_user_id_key: % is already a member of %', p_user, p_community
      USING ERRCODE = 'unique_violation';
  END IF;

  IF p_rule_set IS NOT NULL THEN
    INSERT INTO "rule_acceptances" ("id", "membership_id", "rule_set_version_id")
    VALUES (canopy_uuid7(), v_membership, p_rule_set)
    ON CONFLICT ("membership_id", "rule_set_version_id") DO NOTHING;
  END IF;
  UPDATE "waitlist_entries" SET "status" = 'ADMITTED', "resolved_at" = now()
   WHERE "community_id" = p_community AND "user_id" = p_user AND "status" IN ('WAITING', 'OFFERED');
  INSERT INTO "activity_events" ("community_id", "user_id", "kind", "node_id")
  VALUES (p_community, p_user, 'JOINED', v_node);
  IF p_mode <> 'new' THEN
    INSERT INTO "activity_events" ("community_id", "user_id", "kind", "node_id")
    VALUES (p_community, p_user, 'PROMOTED', v_node);
  END IF;
  RETURN QUERY SELECT 'admitted'::text, v_membership, NULL::uuid;
END
$$;

-- An approved application may wait for its fee (AWAITING_PAYMENT) with its decision
-- already recorded: decided_at is required for final decisions, allowed before.
ALTER TABLE "applications" DROP CONSTRAINT "applications_decided";
ALTER TABLE "applications"
  ADD CONSTRAINT "applications_decided" CHECK ("status" NOT IN ('APPROVED', 'REJECTED') OR "decided_at" IS NOT NULL);

ALTER TABLE "payments"
  ADD CONSTRAINT "payments_reference_length" CHECK (char_length("reference") <= 200);

-- "Join" in a free open community in one round trip: checks the entry mode, the fee
-- and the rules version the person accepted, then admits. Anything else answers
-- 'not_applicable' and the application takes its general path (which explains the
-- refusal precisely). The hottest write in Canopy, measured in npm run bench:join.
CREATE FUNCTION "canopy_join_open"(p_community uuid, p_user uuid, p_accepted_rules_version integer)
RETURNS TABLE ("outcome" text, "membership_id" uuid, "waitlist_entry_id" uuid)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v_mode "EntryMode";
  v_fee integer;
  v_rules_id uuid;
  v_rules_version integer;
BEGIN
  SELECT c."entry_mode", c."fee_amount_minor" INTO v_mode, v_fee FROM "communities" c WHERE c."id" = p_community;
  SELECT r."id", r."version" INTO v_rules_id, v_rules_version FROM "rule_set_versions" r
   WHERE r."community_id" = p_community ORDER BY r."version" DESC LIMIT 1;
  IF v_mode IS DISTINCT FROM 'OPEN' OR v_fee <> 0 OR v_rules_version IS DISTINCT FROM p_accepted_rules_version THEN
    RETURN QUERY SELECT 'not_applicable'::text, NULL::uuid, NULL::uuid;
    RETURN;
  END IF;
  RETURN QUERY SELECT * FROM canopy_admit_member(p_community, p_user, 'OPEN', false, NULL, NULL, v_rules_id, NULL, 'new', true);
END
$$;
