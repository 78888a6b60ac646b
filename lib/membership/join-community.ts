import { inTransaction } from "../server/transaction";
import { db } from "../server/db";
import { isUniqueViolation } from "../server/db-errors";
import { AppError } from "../server/errors";
import { admissionOutcomeOf, admitMember } from "./admit-member";
import { loadEntryConfig, requireCurrentRulesAccepted } from "./entry-config";
import { type EntryResult, entryResultOf } from "./entry-outcome";
import { createOpenJoinBatcher, type OpenJoinRow } from "./open-join-batcher";
import { createPendingPayment } from "./start-paid-entry";

/**
 * "Join" in an open community. Free: one statement takes a seat (or a waitlist
 * place). With a fee: an entry request waits for the payment.
 */
export async function joinCommunity(params: { communityId: string; userId: string; acceptedRulesVersion?: number }): Promise<EntryResult> {
  // Fast path: a free open community and the current rules accepted — one statement,
  // shared with everyone else joining at the same moment (ADR 009).
  const quick = await joinOpenInOneStatement(params);
  if (quick) return quick;

  const config = await loadEntryConfig(db, params.communityId);
  if (config.entryMode !== "OPEN") throw new AppError("entry_mode_mismatch");
  const ruleSetVersionId = requireCurrentRulesAccepted(config, params.acceptedRulesVersion);

  if (config.feeAmountMinor > 0) {
    await assertMayRequestEntry(params.communityId, params.userId);
    try {
      return await inTransaction(async (tx) => {
        const application = await tx.application.create({
          data: { communityId: config.id, applicantId: params.userId, status: "AWAITING_PAYMENT", acceptedRuleSetVersionId: ruleSetVersionId },
          select: { id: true },
        });
        await createPendingPayment(tx, { config, payerId: params.userId, applicationId: application.id });
        await tx.activityEvent.create({ data: { communityId: config.id, userId: params.userId, kind: "APPLIED" } });
        return { status: "awaiting_payment" as const, applicationId: application.id };
      });
    } catch (error) {
      if (isUniqueViolation(error, "applications_one_open_per_applicant")) throw new AppError("application_open");
      throw error;
    }
  }

  const admission = await admitMember(
    db,
    { communityId: config.id, userId: params.userId, entryPath: "OPEN", isPaid: false, ruleSetVersionId, mode: "new", queueWhenFull: true },
    { inTransaction: false },
  );
  return entryResultOf(db, admission);
}

const joinOpen = createOpenJoinBatcher(db);

async function joinOpenInOneStatement(params: { communityId: string; userId: string; acceptedRulesVersion?: number }): Promise<EntryResult | null> {
  let row: OpenJoinRow | undefined;
  try {
    row = await joinOpen(params.communityId, params.userId, params.acceptedRulesVersion ?? null);
  } catch (error) {
    if (isUniqueViolation(error, "memberships_community_id_user_id_key")) return entryResultOf(db, { outcome: "already_member" });
    throw error;
  }
  if (!row || row.outcome === "not_applicable") return null;
  const admission = admissionOutcomeOf(row);
  // The batch tells a queued person's place; a lone retry leaves it to be read.
  if (admission.outcome === "waitlisted" && typeof row.waitlist_position === "number") return { status: "waitlisted", position: row.waitlist_position };
  return entryResultOf(db, admission);
}

/** Refuses people who are banned or already members before any entry request is written. */
export async function assertMayRequestEntry(communityId: string, userId: string): Promise<void> {
  const [ban, membership] = await Promise.all([
    db.ban.findUnique({ where: { communityId_userId: { communityId, userId } }, select: { id: true } }),
    db.membership.findUnique({ where: { communityId_userId: { communityId, userId } }, select: { status: true } }),
  ]);
  if (ban) throw new AppError("banned");
  if (membership?.status === "ACTIVE") throw new AppError("already_member");
}
