import { inTransaction } from "../server/transaction";
import type { EntryPath } from "../generated/prisma/enums";
import { recordAudit } from "../audit/record-audit";
import { notify } from "../notifications/notify";
import { db } from "../server/db";
import { AppError, isAppError } from "../server/errors";
import type { DbClient } from "../server/prisma";
import { admitMember } from "./admit-member";
import { type EntryConfig, loadEntryConfig } from "./entry-config";
import { seatedOrQueued } from "./entry-outcome";
import { createPendingPayment } from "./start-paid-entry";

export type ReviewDecision = "approve" | "reject";
export type ReviewOutcome = "joined" | "waitlisted" | "awaiting_payment" | "rejected" | "not_pending" | "full";
export type ReviewSummary = Record<ReviewOutcome, number>;

/**
 * Approves or rejects applications, one by one or in bulk. Each application is
 * decided in its own transaction (its row locked first), so a bulk approval takes
 * seats one at a time through the same guarded admission as every other path and
 * can never overfill the community; a second reviewer deciding the same
 * application at the same moment finds it no longer pending.
 */
export async function reviewApplications(params: {
  communityId: string;
  reviewerId: string;
  applicationIds: string[];
  decision: ReviewDecision;
  reason?: string;
  note?: string;
  ban?: boolean;
}): Promise<ReviewSummary> {
  const config = await loadEntryConfig(db, params.communityId);
  const summary: ReviewSummary = { joined: 0, waitlisted: 0, awaiting_payment: 0, rejected: 0, not_pending: 0, full: 0 };
  for (const applicationId of params.applicationIds) {
    try {
      const outcome = await inTransaction((tx) => decideOne(tx, config, { ...params, applicationId }));
      summary[outcome] += 1;
    } catch (error) {
      if (isAppError(error) && error.code === "community_full") summary.full += 1;
      else throw error;
    }
  }
  return summary;
}

async function decideOne(
  tx: DbClient,
  config: EntryConfig,
  params: { reviewerId: string; applicationId: string; decision: ReviewDecision; reason?: string; note?: string; ban?: boolean },
): Promise<ReviewOutcome> {
  const [application] = await tx.$queryRaw<{ id: string; applicant_id: string; status: string; invitation_id: string | null; accepted_rule_set_version_id: string | null }[]>`
    SELECT id, applicant_id, status::text AS status, invitation_id, accepted_rule_set_version_id
      FROM applications WHERE id = ${params.applicationId}::uuid AND community_id = ${config.id}::uuid FOR UPDATE`;
  if (!application) throw new AppError("not_found");
  if (application.status !== "PENDING") return "not_pending";
  const now = new Date();
  const payload = { communityName: config.name, communitySlug: config.slug, reason: params.reason };
  const decision = { decidedById: params.reviewerId, decisionReason: params.reason ?? null, reviewerNote: params.note ?? null, decidedAt: now };
  await recordAudit(tx, {
    communityId: config.id,
    actorId: params.reviewerId,
    action: params.decision === "approve" ? "application.approved" : "application.rejected",
    targetType: "application",
    targetId: application.id,
    before: { status: application.status },
    after: { status: params.decision === "approve" ? "APPROVED" : "REJECTED", reason: params.reason ?? null, ban: params.ban ?? false },
  });

  if (params.decision === "reject") {
    await tx.application.update({ where: { id: application.id }, data: { status: "REJECTED", ...decision } });
    await tx.activityEvent.create({ data: { communityId: config.id, userId: application.applicant_id, kind: "REJECTED" } });
    if (params.ban) {
      await tx.ban.upsert({
        where: { communityId_userId: { communityId: config.id, userId: application.applicant_id } },
        create: { communityId: config.id, userId: application.applicant_id, reason: params.reason || "—", bannedById: params.reviewerId },
        update: {},
      });
    }
    await notify(tx, application.applicant_id, "application_rejected", payload);
    return "rejected";
  }

  await tx.activityEvent.create({ data: { communityId: config.id, userId: application.applicant_id, kind: "APPROVED" } });
  if (config.feeAmountMinor > 0) {
    await tx.application.update({ where: { id: application.id }, data: { status: "AWAITING_PAYMENT", ...decision } });
    await createPendingPayment(tx, { config, payerId: application.applicant_id, applicationId: application.id });
    await notify(tx, application.applicant_id, "application_awaiting_payment", payload);
    return "awaiting_payment";
  }
  await tx.application.update({ where: { id: application.id }, data: { status: "APPROVED", ...decision } });
  const result = await admitApplicant(tx, config, application, false);
  await notify(tx, application.applicant_id, result === "joined" ? "application_approved" : "waitlisted", payload);
  return result;
}

/** Takes the applicant's seat (or waitlist place); used by approval and payment confirmation. */
export async function admitApplicant(
  tx: DbClient,
  config: EntryConfig,
  application: { id: string; applicant_id: string; invitation_id: string | null; accepted_rule_set_version_id: string | null },
  isPaid: boolean,
): Promise<"joined" | "waitlisted"> {
  const invitedById = application.invitation_id
    ? ((await tx.invitation.findUnique({ where: { id: application.invitation_id }, select: { createdById: true } }))?.createdById ?? null)
    : null;
  const entryPath: EntryPath = config.entryMode === "APPLICATION" ? "APPLICATION" : invitedById ? "INVITATION" : config.entryMode;
  const admission = await admitMember(
    tx,
    {
      communityId: config.id,
      userId: application.applicant_id,
      entryPath,
      isPaid,
      invitedById,
      invitationId: application.invitation_id,
      ruleSetVersionId: application.accepted_rule_set_version_id,
      applicationId: application.id,
      mode: "new",
      queueWhenFull: true,
    },
    { inTransaction: true },
  );
  return seatedOrQueued(admission).outcome === "admitted" ? "joined" : "waitlisted";
}
