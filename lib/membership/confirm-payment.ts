import { inTransaction } from "../server/transaction";
import { recordAudit } from "../audit/record-audit";
import { notify } from "../notifications/notify";
import { db } from "../server/db";
import { AppError } from "../server/errors";
import { loadEntryConfig } from "./entry-config";
import { admitApplicant } from "./review-applications";

export type PaymentConfirmation = { status: "joined" | "waitlisted" | "already_confirmed" };

/**
 * An owner or admin confirms a fee was received. Idempotent: confirming twice (a
 * double click, a retried request) admits the person once. The seat is taken at
 * this moment, through the same guarded admission as every other path.
 */
export async function confirmPayment(params: { communityId: string; paymentId: string; confirmerId: string }): Promise<PaymentConfirmation> {
  const config = await loadEntryConfig(db, params.communityId);
  return inTransaction(async (tx) => {
    const [payment] = await tx.$queryRaw<{ id: string; status: string; application_id: string | null; payer_id: string }[]>`
      SELECT id, status::text AS status, application_id, payer_id FROM payments
       WHERE id = ${params.paymentId}::uuid AND community_id = ${config.id}::uuid FOR UPDATE`;
    if (!payment) throw new AppError("not_found");
    if (payment.status === "CONFIRMED") return { status: "already_confirmed" as const };
    if (payment.status !== "PENDING" || !payment.application_id) throw new AppError("not_pending");
    const [application] = await tx.$queryRaw<{ id: string; applicant_id: string; status: string; invitation_id: string | null; accepted_rule_set_version_id: string | null }[]>`
      SELECT id, applicant_id, status::text AS status, invitation_id, accepted_rule_set_version_id
        FROM applications WHERE id = ${payment.application_id}::uuid FOR UPDATE`;
    if (!application || application.status !== "AWAITING_PAYMENT") throw new AppError("not_pending");

    const now = new Date();
    await tx.payment.update({ where: { id: payment.id }, data: { status: "CONFIRMED", confirmedById: params.confirmerId, confirmedAt: now } });
    // Keeps the reviewer's decision when there was one (application mode); otherwise
    // the confirmation is the decision (open or invitation entry with a fee).
    await tx.$executeRaw`
      UPDATE applications SET status = 'APPROVED', decided_at = COALESCE(decided_at, ${now}), decided_by_id = COALESCE(decided_by_id, ${params.confirmerId}::uuid)
       WHERE id = ${application.id}::uuid`;
    await tx.activityEvent.create({ data: { communityId: config.id, userId: payment.payer_id, kind: "PAID" } });
    await recordAudit(tx, {
      communityId: config.id,
      actorId: params.confirmerId,
      action: "payment.confirmed",
      targetType: "payment",
      targetId: payment.id,
      before: { status: "PENDING" },
      after: { status: "CONFIRMED" },
    });
    const result = await admitApplicant(tx, config, application, true);
    await notify(tx, payment.payer_id, result === "joined" ? "payment_confirmed" : "waitlisted", { communityName: config.name, communitySlug: config.slug });
    return { status: result };
  });
}
