import { recordAudit } from "../audit/record-audit";
import { AppError } from "../server/errors";
import { inTransaction } from "../server/transaction";
import type { QuestionsInput } from "./settings-schemas";

type QuestionDraft = QuestionsInput["questions"][number];

/**
 * Saves the ordered list of entry questions. Questions that disappear are archived,
 * not deleted, so past answers keep their question; ids from another community
 * are refused.
 */
export async function saveQuestions(params: { communityId: string; actorId: string; questions: QuestionDraft[] }): Promise<void> {
  await inTransaction(async (tx) => {
    const current = await tx.entryQuestion.findMany({
      where: { communityId: params.communityId, archivedAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, prompt: true, kind: true, options: true, required: true },
    });
    const currentIds = new Set(current.map((question) => question.id));
    for (const question of params.questions) {
      if (question.id && !currentIds.has(question.id)) throw new AppError("not_found");
    }
    const kept = new Set(params.questions.map((question) => question.id).filter(Boolean));
    const now = new Date();
    await tx.entryQuestion.updateMany({
      where: { communityId: params.communityId, archivedAt: null, id: { notIn: [...kept] as string[] } },
      data: { archivedAt: now },
    });
    for (const [position, question] of params.questions.entries()) {
      const data = { position, prompt: question.prompt, kind: question.kind, options: question.kind === "SINGLE_CHOICE" ? question.options : [], required: question.required };
      if (question.id) await tx.entryQuestion.update({ where: { id: question.id }, data });
      else await tx.entryQuestion.create({ data: { communityId: params.communityId, ...data } });
    }
    await recordAudit(tx, {
      communityId: params.communityId,
      actorId: params.actorId,
      action: "community.questions_updated",
      targetType: "community",
      targetId: params.communityId,
      before: { questions: current.map(({ prompt, kind, options, required }) => ({ prompt, kind, options, required })) },
      after: { questions: params.questions.map(({ prompt, kind, options, required }) => ({ prompt, kind, options, required })) },
    });
  });
}
