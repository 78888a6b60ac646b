-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('LISTED', 'UNLISTED');

-- CreateEnum
CREATE TYPE "EntryMode" AS ENUM ('OPEN', 'APPLICATION', 'INVITATION');

-- CreateEnum
CREATE TYPE "InviterPolicy" AS ENUM ('OWNER', 'ADMINS', 'NODE_LEADERS', 'MEMBERS');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('SHORT_TEXT', 'LONG_TEXT', 'SINGLE_CHOICE');

-- CreateEnum
CREATE TYPE "RuleSeverity" AS ENUM ('WARN', 'BLOCK');

-- CreateEnum
CREATE TYPE "RuleCheckKind" AS ENUM ('BANNED_WORDS', 'MAX_LINKS', 'ALLOWED_DOMAINS', 'LENGTH', 'RATE_LIMIT', 'NO_DUPLICATES');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('OWNER', 'ADMIN', 'MEMBER');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('ACTIVE', 'LEFT', 'REMOVED', 'BANNED');

-- CreateEnum
CREATE TYPE "EntryPath" AS ENUM ('OPEN', 'APPLICATION', 'INVITATION', 'FOUNDER');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('PENDING', 'AWAITING_PAYMENT', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "WaitlistStatus" AS ENUM ('WAITING', 'OFFERED', 'ADMITTED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'CONFIRMED', 'FAILED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "LeadershipStatus" AS ENUM ('ACTIVE', 'ENDED', 'RECALLED');

-- CreateEnum
CREATE TYPE "EndorsementKind" AS ENUM ('ENDORSE', 'RECALL');

-- CreateEnum
CREATE TYPE "PostKind" AS ENUM ('POST', 'LESSON', 'EVENT');

-- CreateEnum
CREATE TYPE "SanctionKind" AS ENUM ('WARNING', 'MUTE', 'REMOVAL', 'BAN');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('PENDING', 'UPHELD', 'OVERTURNED');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('VIEWED', 'VISITED', 'APPLIED', 'APPROVED', 'REJECTED', 'JOINED', 'LEFT', 'REMOVED', 'BANNED', 'INVITED', 'WAITLISTED', 'PROMOTED', 'PAID', 'POSTED', 'COMMENTED', 'EVENT_ATTENDED');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "email_verified" TIMESTAMPTZ(3),
    "image" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "user_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("provider","provider_account_id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "session_token" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("session_token")
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_tokens_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMPTZ(3),

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "communities" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'en',
    "visibility" "Visibility" NOT NULL DEFAULT 'LISTED',
    "entry_mode" "EntryMode" NOT NULL DEFAULT 'OPEN',
    "fee_amount_minor" INTEGER NOT NULL DEFAULT 0,
    "fee_currency" CHAR(3) NOT NULL DEFAULT 'CNY',
    "member_cap" INTEGER,
    "member_count" INTEGER NOT NULL DEFAULT 0,
    "waitlist_enabled" BOOLEAN NOT NULL DEFAULT true,
    "waitlist_offer_hours" INTEGER NOT NULL DEFAULT 48,
    "inviter_policy" "InviterPolicy" NOT NULL DEFAULT 'MEMBERS',
    "invitation_quota" INTEGER,
    "reapply_cooldown_days" INTEGER NOT NULL DEFAULT 30,
    "inactive_after_days" INTEGER NOT NULL DEFAULT 30,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "communities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "culture_versions" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "vision" TEXT NOT NULL,
    "values" TEXT[],
    "mission" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "culture_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entry_questions" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "prompt" TEXT NOT NULL,
    "kind" "QuestionKind" NOT NULL DEFAULT 'SHORT_TEXT',
    "options" TEXT[],
    "required" BOOLEAN NOT NULL DEFAULT true,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entry_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rule_set_versions" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "published_by_id" UUID NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rule_set_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rules" (
    "id" UUID NOT NULL,
    "rule_set_version_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "explanation" TEXT NOT NULL DEFAULT '',
    "severity" "RuleSeverity" NOT NULL DEFAULT 'BLOCK',
    "check_kind" "RuleCheckKind",
    "check_params" JSONB,

    CONSTRAINT "rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rule_acceptances" (
    "id" UUID NOT NULL,
    "membership_id" UUID NOT NULL,
    "rule_set_version_id" UUID NOT NULL,
    "accepted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rule_acceptances_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "MemberRole" NOT NULL DEFAULT 'MEMBER',
    "status" "MembershipStatus" NOT NULL DEFAULT 'ACTIVE',
    "entry_path" "EntryPath" NOT NULL,
    "is_paid" BOOLEAN NOT NULL DEFAULT false,
    "invited_by_id" UUID,
    "invitation_id" UUID,
    "referral_wave" INTEGER NOT NULL DEFAULT 0,
    "node_id" UUID,
    "accepted_rule_set_version_id" UUID,
    "first_joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "left_at" TIMESTAMPTZ(3),
    "left_reason" TEXT,
    "muted_until" TIMESTAMPTZ(3),

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "applications" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "invitation_id" UUID,
    "accepted_rule_set_version_id" UUID,
    "decided_by_id" UUID,
    "decision_reason" TEXT,
    "reviewer_note" TEXT,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_answers" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "question_id" UUID,
    "prompt" TEXT NOT NULL,
    "answer" TEXT NOT NULL,

    CONSTRAINT "application_answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "max_uses" INTEGER,
    "use_count" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "waitlist_entries" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "community_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "WaitlistStatus" NOT NULL DEFAULT 'WAITING',
    "application_id" UUID,
    "invitation_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "offered_at" TIMESTAMPTZ(3),
    "offer_expires_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "waitlist_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "payer_id" UUID NOT NULL,
    "application_id" UUID,
    "provider" TEXT NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "reference" TEXT,
    "idempotency_key" TEXT NOT NULL,
    "confirmed_by_id" UUID,
    "confirmed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nodes" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "nodes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "node_leaderships" (
    "id" UUID NOT NULL,
    "node_id" UUID NOT NULL,
    "membership_id" UUID NOT NULL,
    "status" "LeadershipStatus" NOT NULL DEFAULT 'ACTIVE',
    "endorsements" INTEGER NOT NULL DEFAULT 0,
    "term_starts_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "term_ends_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "node_leaderships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "node_endorsements" (
    "id" UUID NOT NULL,
    "node_id" UUID NOT NULL,
    "endorser_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "kind" "EndorsementKind" NOT NULL DEFAULT 'ENDORSE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "node_endorsements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "posts" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "node_id" UUID,
    "kind" "PostKind" NOT NULL DEFAULT 'POST',
    "title" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "body_hash" TEXT NOT NULL,
    "event_starts_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sanctions" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "membership_id" UUID NOT NULL,
    "kind" "SanctionKind" NOT NULL,
    "rule_id" UUID,
    "rule_set_version_id" UUID,
    "reason" TEXT NOT NULL,
    "issued_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "lifted_at" TIMESTAMPTZ(3),

    CONSTRAINT "sanctions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeals" (
    "id" UUID NOT NULL,
    "sanction_id" UUID NOT NULL,
    "statement" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'PENDING',
    "reviewer_id" UUID,
    "decision" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "appeals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_events" (
    "id" BIGSERIAL NOT NULL,
    "community_id" UUID NOT NULL,
    "user_id" UUID,
    "kind" "ActivityKind" NOT NULL,
    "node_id" UUID,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "metadata" JSONB,

    CONSTRAINT "activity_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" BIGSERIAL NOT NULL,
    "community_id" UUID,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "communities_slug_key" ON "communities"("slug");

-- CreateIndex
CREATE INDEX "communities_visibility_created_at_idx" ON "communities"("visibility", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "culture_versions_community_id_version_key" ON "culture_versions"("community_id", "version");

-- CreateIndex
CREATE INDEX "entry_questions_community_id_position_idx" ON "entry_questions"("community_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "rule_set_versions_community_id_version_key" ON "rule_set_versions"("community_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "rules_rule_set_version_id_position_key" ON "rules"("rule_set_version_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "rule_acceptances_membership_id_rule_set_version_id_key" ON "rule_acceptances"("membership_id", "rule_set_version_id");

-- CreateIndex
CREATE INDEX "memberships_user_id_status_idx" ON "memberships"("user_id", "status");

-- CreateIndex
CREATE INDEX "memberships_community_id_status_role_idx" ON "memberships"("community_id", "status", "role");

-- CreateIndex
CREATE INDEX "memberships_community_id_first_joined_at_idx" ON "memberships"("community_id", "first_joined_at");

-- CreateIndex
CREATE INDEX "memberships_invited_by_id_idx" ON "memberships"("invited_by_id");

-- CreateIndex
CREATE INDEX "memberships_node_id_idx" ON "memberships"("node_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_community_id_user_id_key" ON "memberships"("community_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_one_owner" ON "memberships"("community_id") WHERE (role = 'OWNER');

-- CreateIndex
CREATE INDEX "applications_community_id_status_submitted_at_idx" ON "applications"("community_id", "status", "submitted_at");

-- CreateIndex
CREATE INDEX "applications_applicant_id_submitted_at_idx" ON "applications"("applicant_id", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "applications_one_open_per_applicant" ON "applications"("community_id", "applicant_id") WHERE (status = 'PENDING' OR status = 'AWAITING_PAYMENT');

-- CreateIndex
CREATE UNIQUE INDEX "application_answers_application_id_question_id_key" ON "application_answers"("application_id", "question_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitations_code_key" ON "invitations"("code");

-- CreateIndex
CREATE INDEX "invitations_community_id_created_by_id_idx" ON "invitations"("community_id", "created_by_id");

-- CreateIndex
CREATE INDEX "waitlist_entries_community_id_status_seq_idx" ON "waitlist_entries"("community_id", "status", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "waitlist_one_open_entry" ON "waitlist_entries"("community_id", "user_id") WHERE (status = 'WAITING' OR status = 'OFFERED');

-- CreateIndex
CREATE UNIQUE INDEX "payments_idempotency_key_key" ON "payments"("idempotency_key");

-- CreateIndex
CREATE INDEX "payments_community_id_status_created_at_idx" ON "payments"("community_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "payments_payer_id_idx" ON "payments"("payer_id");

-- CreateIndex
CREATE UNIQUE INDEX "nodes_community_id_slug_key" ON "nodes"("community_id", "slug");

-- CreateIndex
CREATE INDEX "node_leaderships_membership_id_idx" ON "node_leaderships"("membership_id");

-- CreateIndex
CREATE UNIQUE INDEX "node_one_active_leader" ON "node_leaderships"("node_id") WHERE (status = 'ACTIVE');

-- CreateIndex
CREATE INDEX "node_endorsements_candidate_id_idx" ON "node_endorsements"("candidate_id");

-- CreateIndex
CREATE UNIQUE INDEX "node_endorsements_node_id_endorser_id_kind_key" ON "node_endorsements"("node_id", "endorser_id", "kind");

-- CreateIndex
CREATE INDEX "posts_community_id_created_at_idx" ON "posts"("community_id", "created_at");

-- CreateIndex
CREATE INDEX "posts_community_id_author_id_created_at_idx" ON "posts"("community_id", "author_id", "created_at");

-- CreateIndex
CREATE INDEX "sanctions_community_id_created_at_idx" ON "sanctions"("community_id", "created_at");

-- CreateIndex
CREATE INDEX "sanctions_membership_id_created_at_idx" ON "sanctions"("membership_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "appeals_sanction_id_key" ON "appeals"("sanction_id");

-- CreateIndex
CREATE INDEX "activity_events_community_id_occurred_at_idx" ON "activity_events"("community_id", "occurred_at");

-- CreateIndex
CREATE INDEX "activity_events_community_id_user_id_occurred_at_idx" ON "activity_events"("community_id", "user_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_logs_community_id_created_at_idx" ON "audit_logs"("community_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_logs_community_id_action_created_at_idx" ON "audit_logs"("community_id", "action", "created_at");

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_created_at_idx" ON "notifications"("user_id", "read_at", "created_at");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "culture_versions" ADD CONSTRAINT "culture_versions_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "culture_versions" ADD CONSTRAINT "culture_versions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entry_questions" ADD CONSTRAINT "entry_questions_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rule_set_versions" ADD CONSTRAINT "rule_set_versions_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rule_set_versions" ADD CONSTRAINT "rule_set_versions_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rules" ADD CONSTRAINT "rules_rule_set_version_id_fkey" FOREIGN KEY ("rule_set_version_id") REFERENCES "rule_set_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rule_acceptances" ADD CONSTRAINT "rule_acceptances_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rule_acceptances" ADD CONSTRAINT "rule_acceptances_rule_set_version_id_fkey" FOREIGN KEY ("rule_set_version_id") REFERENCES "rule_set_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "invitations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_node_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_accepted_rule_set_version_id_fkey" FOREIGN KEY ("accepted_rule_set_version_id") REFERENCES "rule_set_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "invitations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_answers" ADD CONSTRAINT "application_answers_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_answers" ADD CONSTRAINT "application_answers_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "entry_questions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_payer_id_fkey" FOREIGN KEY ("payer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_confirmed_by_id_fkey" FOREIGN KEY ("confirmed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nodes" ADD CONSTRAINT "nodes_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "node_leaderships" ADD CONSTRAINT "node_leaderships_node_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "node_leaderships" ADD CONSTRAINT "node_leaderships_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "node_endorsements" ADD CONSTRAINT "node_endorsements_node_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "node_endorsements" ADD CONSTRAINT "node_endorsements_endorser_id_fkey" FOREIGN KEY ("endorser_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "node_endorsements" ADD CONSTRAINT "node_endorsements_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_node_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "rules"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_rule_set_version_id_fkey" FOREIGN KEY ("rule_set_version_id") REFERENCES "rule_set_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_issued_by_id_fkey" FOREIGN KEY ("issued_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_sanction_id_fkey" FOREIGN KEY ("sanction_id") REFERENCES "sanctions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────────────────────────────────────────────────────────────────────
-- Invariants Prisma's schema language cannot express (written by hand).
-- Constraint names are stable: lib/server/db-errors.ts maps them to field errors.
-- ───────────────────────────────────────────────────────────────────────────

ALTER TABLE "users"
  ADD CONSTRAINT "users_email_normalised" CHECK ("email" = lower("email") AND char_length("email") BETWEEN 3 AND 254),
  ADD CONSTRAINT "users_name_length" CHECK (char_length("name") BETWEEN 1 AND 80),
  ADD CONSTRAINT "users_locale_known" CHECK ("locale" IN ('en', 'zh-CN')),
  ADD CONSTRAINT "users_session_version_nonnegative" CHECK ("session_version" >= 0);

ALTER TABLE "communities"
  ADD CONSTRAINT "communities_slug_format" CHECK ("slug" ~ '^[a-z0-9](?:[a-z0-9-]{1,46})[a-z0-9]$'),
  ADD CONSTRAINT "communities_name_length" CHECK (char_length("name") BETWEEN 1 AND 80),
  ADD CONSTRAINT "communities_purpose_length" CHECK (char_length("purpose") BETWEEN 1 AND 280),
  ADD CONSTRAINT "communities_description_length" CHECK (char_length("description") <= 10000),
  ADD CONSTRAINT "communities_language_known" CHECK ("language" IN ('en', 'zh-CN')),
  ADD CONSTRAINT "communities_fee_range" CHECK ("fee_amount_minor" BETWEEN 0 AND 100000000),
  ADD CONSTRAINT "communities_fee_currency_format" CHECK ("fee_currency" ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT "communities_member_cap_range" CHECK ("member_cap" IS NULL OR "member_cap" BETWEEN 1 AND 1000000),
  ADD CONSTRAINT "communities_member_count_nonnegative" CHECK ("member_count" >= 0),
  ADD CONSTRAINT "communities_waitlist_offer_hours_range" CHECK ("waitlist_offer_hours" BETWEEN 1 AND 720),
  ADD CONSTRAINT "communities_invitation_quota_range" CHECK ("invitation_quota" IS NULL OR "invitation_quota" BETWEEN 0 AND 10000),
  ADD CONSTRAINT "communities_reapply_cooldown_range" CHECK ("reapply_cooldown_days" BETWEEN 0 AND 3650),
  ADD CONSTRAINT "communities_inactive_after_range" CHECK ("inactive_after_days" BETWEEN 1 AND 365);

-- The member cap. A seat is taken by incrementing member_count guarded by
-- `member_count < member_cap`; this trigger makes any increment past the cap fail
-- in the database itself. It checks increments only: an owner may lower the cap
-- below the current count, which removes nobody and admits nobody until the count
-- falls under the cap.
CREATE FUNCTION "communities_enforce_member_cap"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."member_cap" IS NOT NULL
     AND NEW."member_count" > NEW."member_cap"
     AND (TG_OP = 'INSERT' OR NEW."member_count" > OLD."member_count") THEN
    RAISE EXCEPTION 'communities_member_cap: community % is at its member cap of %', NEW."id", NEW."member_cap"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'communities_member_cap';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "communities_member_cap"
  BEFORE INSERT OR UPDATE OF "member_count", "member_cap" ON "communities"
  FOR EACH ROW EXECUTE FUNCTION "communities_enforce_member_cap"();

ALTER TABLE "culture_versions"
  ADD CONSTRAINT "culture_versions_version_positive" CHECK ("version" >= 1),
  ADD CONSTRAINT "culture_versions_vision_length" CHECK (char_length("vision") <= 2000),
  ADD CONSTRAINT "culture_versions_mission_length" CHECK (char_length("mission") <= 2000),
  ADD CONSTRAINT "culture_versions_values_count" CHECK (cardinality("values") <= 20);

ALTER TABLE "entry_questions"
  ADD CONSTRAINT "entry_questions_position_nonnegative" CHECK ("position" >= 0),
  ADD CONSTRAINT "entry_questions_prompt_length" CHECK (char_length("prompt") BETWEEN 1 AND 500),
  ADD CONSTRAINT "entry_questions_choices" CHECK ("kind" <> 'SINGLE_CHOICE' OR cardinality("options") BETWEEN 2 AND 20);

ALTER TABLE "rule_set_versions"
  ADD CONSTRAINT "rule_set_versions_version_positive" CHECK ("version" >= 1);

ALTER TABLE "rules"
  ADD CONSTRAINT "rules_position_nonnegative" CHECK ("position" >= 0),
  ADD CONSTRAINT "rules_title_length" CHECK (char_length("title") BETWEEN 1 AND 120),
  ADD CONSTRAINT "rules_explanation_length" CHECK (char_length("explanation") <= 2000),
  ADD CONSTRAINT "rules_check_params_present" CHECK (("check_kind" IS NULL) = ("check_params" IS NULL));

ALTER TABLE "memberships"
  ADD CONSTRAINT "memberships_referral_wave_nonnegative" CHECK ("referral_wave" >= 0),
  ADD CONSTRAINT "memberships_not_self_invited" CHECK ("invited_by_id" IS NULL OR "invited_by_id" <> "user_id"),
  ADD CONSTRAINT "memberships_left_at_matches_status" CHECK (("status" = 'ACTIVE') = ("left_at" IS NULL)),
  ADD CONSTRAINT "memberships_owner_active" CHECK ("role" <> 'OWNER' OR "status" = 'ACTIVE');

ALTER TABLE "applications"
  ADD CONSTRAINT "applications_decided" CHECK (("status" IN ('APPROVED', 'REJECTED')) = ("decided_at" IS NOT NULL)),
  ADD CONSTRAINT "applications_reason_length" CHECK (char_length("decision_reason") <= 2000),
  ADD CONSTRAINT "applications_note_length" CHECK (char_length("reviewer_note") <= 4000);

ALTER TABLE "application_answers"
  ADD CONSTRAINT "application_answers_answer_length" CHECK (char_length("answer") <= 5000);

ALTER TABLE "invitations"
  ADD CONSTRAINT "invitations_code_format" CHECK ("code" ~ '^[A-Za-z0-9_-]{8,64}$'),
  ADD CONSTRAINT "invitations_max_uses_range" CHECK ("max_uses" IS NULL OR "max_uses" BETWEEN 1 AND 100000),
  ADD CONSTRAINT "invitations_use_count_within_max" CHECK ("use_count" >= 0 AND ("max_uses" IS NULL OR "use_count" <= "max_uses"));

ALTER TABLE "waitlist_entries"
  ADD CONSTRAINT "waitlist_entries_offer_window" CHECK ("status" <> 'OFFERED' OR ("offered_at" IS NOT NULL AND "offer_expires_at" > "offered_at"));

ALTER TABLE "payments"
  ADD CONSTRAINT "payments_amount_range" CHECK ("amount_minor" BETWEEN 1 AND 100000000),
  ADD CONSTRAINT "payments_currency_format" CHECK ("currency" ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT "payments_confirmed" CHECK (("status" = 'CONFIRMED') <= ("confirmed_at" IS NOT NULL));

ALTER TABLE "nodes"
  ADD CONSTRAINT "nodes_slug_format" CHECK ("slug" ~ '^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$'),
  ADD CONSTRAINT "nodes_name_length" CHECK (char_length("name") BETWEEN 1 AND 80);

ALTER TABLE "node_leaderships"
  ADD CONSTRAINT "node_leaderships_term" CHECK ("term_ends_at" > "term_starts_at"),
  ADD CONSTRAINT "node_leaderships_endorsements_nonnegative" CHECK ("endorsements" >= 0);

ALTER TABLE "posts"
  ADD CONSTRAINT "posts_body_length" CHECK (char_length("body") BETWEEN 1 AND 20000),
  ADD CONSTRAINT "posts_title_length" CHECK (char_length("title") <= 200);

ALTER TABLE "sanctions"
  ADD CONSTRAINT "sanctions_reason_length" CHECK (char_length("reason") BETWEEN 1 AND 2000);

-- An appeal is decided by someone other than the person who issued the sanction.
CREATE FUNCTION "appeals_reviewer_not_issuer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."reviewer_id" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "sanctions" s WHERE s."id" = NEW."sanction_id" AND s."issued_by_id" = NEW."reviewer_id"
  ) THEN
    RAISE EXCEPTION 'appeals_reviewer_not_issuer: an appeal cannot be reviewed by the person who issued the sanction'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'appeals_reviewer_not_issuer';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "appeals_reviewer_not_issuer"
  BEFORE INSERT OR UPDATE OF "reviewer_id" ON "appeals"
  FOR EACH ROW EXECUTE FUNCTION "appeals_reviewer_not_issuer"();
