import { inTransaction } from "../server/transaction";
import { db } from "../server/db";
import { isUniqueViolation } from "../server/db-errors";
import type { Problem } from "../shared/action-state";
import { AppError } from "../server/errors";
import { consumeInvitation } from "./consume-invitation";
import { loadEntryConfig, requireCurrentRulesAccepted } from "./entry-config";
import type { EntryResult } from "./entry-outcome";
import { assertMayRequestEntry } from "./join-community";

const DAY = 24 * 60 * 60 * 1000;

export type AnswerInput = { questionId: string; answer: string };

/**
 * An application with answers to the community's current questions. The answers
 * keep the prompt the applicant saw, so the record survives later edits.
 */
export async function submitApplication(params: {
  communityId: string;
  userId: string;
  answers: AnswerInput[];
  acceptedRulesVersion?: number;
  invitationId?: string | null;
  now?: Date;
}): Promise<EntryResult> {
  const now = params.now ?? new Date();
  const config = await loadEntryConfig(db, params.communityId);
  if (config.entryMode !== "APPLICATION") throw new AppError("entry_mode_mismatch");
  const ruleSetVersionId = requireCurrentRulesAccepted(config, params.acceptedRulesVersion);
  await assertMayRequestEntry(params.communityId, params.userId);
  await assertCooldownPassed(params.communityId, params.userId, config.reapplyCooldownDays, now);

  const questions = await db.entryQuestion.findMany({
    where: { communityId: params.communityId, archivedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, prompt: true, kind: true, options: true, required: true },
  });
  const answers = new Map(params.answers.map(({ questionId, answer }) => [questionId, answer.trim()]));
  const fieldErrors: Record<string, Problem[]> = {};
  for (const questionId of answers.keys()) {
    if (!questions.some((question) => question.id === questionId)) fieldErrors[`answers.${questionId}`] = [{ code: "unknown_question" }];
  }
  for (const question of questions) {
    const answer = answers.get(question.id) ?? "";
    if (question.required && answer === "") fieldErrors[`answers.${question.id}`] = [{ code: "required" }];
    else if (question.kind === "SINGLE_CHOICE" && answer !== "" && !question.options.includes(answer)) {
      fieldErrors[`answers.${question.id}`] = [{ code: "invalid_choice" }];
    } else if (question.kind === "SHORT_TEXT" && answer.length > 300) {
      fieldErrors[`answers.${question.id}`] = [{ code: "too_long", values: { max: 300 } }];
    }
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("invalid_input", { fieldErrors });

  try {
    const application = await inTransaction(async (tx) => {
      if (params.invitationId) await consumeInvitation(tx, params.invitationId, now);
      const created = await tx.application.create({
        data: {
          communityId: params.communityId,
          applicantId: params.userId,
          invitationId: params.invitationId ?? null,
          acceptedRuleSetVersionId: ruleSetVersionId,
          answers: {
            create: questions
              .filter((question) => (answers.get(question.id) ?? "") !== "")
              .map((question) => ({ questionId: question.id, prompt: question.prompt, answer: answers.get(question.id) ?? "" })),
          },
        },
        select: { id: true },
      });
      await tx.activityEvent.create({ data: { communityId: params.communityId, userId: params.userId, kind: "APPLIED" } });
      return created;
    });
    return { status: "applied", applicationId: application.id };
  } catch (error) {
    if (isUniqueViolation(error, "applications_one_open_per_applicant")) throw new AppError("application_open");
    throw error;
  }
}

/** A rejected applicant may apply again only after the owner's cool-down. */
async function assertCooldownPassed(communityId: string, userId: string, cooldownDays: number, now: Date): Promise<void> {
  if (cooldownDays === 0) return;
  const lastRejection = await db.application.findFirst({
    where: { communityId, applicantId: userId, status: "REJECTED" },
    orderBy: { decidedAt: "desc" },
    select: { decidedAt: true },
  });
  if (!lastRejection?.decidedAt) return;
  const allowedFrom = new Date(lastRejection.decidedAt.getTime() + cooldownDays * DAY);
  if (allowedFrom > now) throw new AppError("reapply_too_soon", { values: { date: allowedFrom.toISOString().slice(0, 10) } });
}
