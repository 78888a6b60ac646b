"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { formProblem } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProblemText } from "@/components/forms/use-problem-text";
import { Alert } from "@/components/ui/alert";
import { Textarea } from "@/components/ui/input";
import type { ActionState } from "@/lib/shared/action-state";
import { idleState } from "@/lib/shared/action-state";
import { ReviewSummaryText, type Summary } from "./review-summary";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/** Approve or reject one application, with a reason for the applicant and a private note. */
export function ReviewDecisionForm({ action, applicationId }: { action: Action; applicationId: string }) {
  const t = useTranslations("membership.review");
  const problemText = useProblemText();
  const [state, formAction] = useActionState(action, idleState);
  const id = useId();
  const problem = formProblem(state) ?? (state.status === "error" ? Object.values(state.fieldErrors ?? {})[0]?.[0] : undefined);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="applicationId" value={applicationId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
            {t("reason")}
          </label>
          <Textarea id={`${id}-reason`} name="reason" rows={2} maxLength={2000} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-note`} className="block text-sm font-medium">
            {t("note")}
          </label>
          <Textarea id={`${id}-note`} name="note" rows={2} maxLength={4000} />
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="ban" className="size-4 accent-red-700" />
        {t("ban")}
      </label>
      <div className="flex gap-2">
        <SubmitButton name="decision" value="approve" pendingLabel={t("deciding")}>
          {t("approve")}
        </SubmitButton>
        <SubmitButton name="decision" value="reject" variant="secondary" pendingLabel={t("deciding")}>
          {t("reject")}
        </SubmitButton>
      </div>
      {problem ? <Alert tone="error">{problemText(problem)}</Alert> : null}
      {state.status === "success" ? <ReviewSummaryText summary={state.data as Summary} /> : null}
    </form>
  );
}
