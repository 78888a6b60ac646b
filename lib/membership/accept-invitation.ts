import { inTransaction } from "../server/transaction";
import { db } from "../server/db";
import { isUniqueViolation } from "../server/db-errors";
import { AppError } from "../server/errors";
import { admitMember } from "./admit-member";
import { consumeInvitation } from "./consume-invitation";
import { loadEntryConfig, requireCurrentRulesAccepted } from "./entry-config";
import { type EntryResult, entryResultOf } from "./entry-outcome";
import { assertMayRequestEntry } from "./join-community";
import { createPendingPayment } from "./start-paid-entry";
import { type AnswerInput, submitApplication } from "./submit-application";

/**
 * Someone follows an invitation link (/join/<code>). The inviter is recorded on the
 * membership, which builds the referral tree. In an application community the link
 * leads to an application (still reviewed); with a fee, to a pending payment.
 */
export async function acceptInvitation(params: {
  code: string;
  userId: string;
  acceptedRulesVersion?: number;
  answers?: AnswerInput[];
  now?: Date;
}): Promise<EntryResult> {
  const now = params.now ?? new Date();
  const invitation = await db.invitation.findUnique({ where: { code: params.code }, select: { id: true, communityId: true } });
  if (!invitation) throw new AppError("invitation_invalid");
  const config = await loadEntryConfig(db, invitation.communityId);

  if (config.entryMode === "APPLICATION") {
    return submitApplication({
      communityId: config.id,
      userId: params.userId,
      answers: params.answers ?? [],
      acceptedRulesVersion: params.acceptedRulesVersion,
      invitationId: invitation.id,
      now,
    });
  }

  const ruleSetVersionId = requireCurrentRulesAccepted(config, params.acceptedRulesVersion);
  await assertMayRequestEntry(config.id, params.userId);
  try {
    return await inTransaction(async (tx) => {
      const { inviterId } = await consumeInvitation(tx, invitation.id, now);
      if (config.feeAmountMinor > 0) {
        const application = await tx.application.create({
          data: { communityId: config.id, applicantId: params.userId, status: "AWAITING_PAYMENT", invitationId: invitation.id, acceptedRuleSetVersionId: ruleSetVersionId },
          select: { id: true },
        });
        await createPendingPayment(tx, { config, payerId: params.userId, applicationId: application.id });
        return { status: "awaiting_payment" as const, applicationId: application.id };
      }
      const admission = await admitMember(
        tx,
        {
          communityId: config.id,
          userId: params.userId,
          entryPath: "INVITATION",
          isPaid: false,
          invitedById: inviterId,
          invitationId: invitation.id,
          ruleSetVersionId,
          mode: "new",
          queueWhenFull: true,
        },
        { inTransaction: true },
      );
      return entryResultOf(tx, admission);
    });
  } catch (error) {
    if (isUniqueViolation(error, "applications_one_open_per_applicant")) throw new AppError("application_open");
    throw error;
  }
}
