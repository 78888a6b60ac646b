"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { formProblem } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProblemText } from "@/components/forms/use-problem-text";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/shared/action-state";
import { idleState } from "@/lib/shared/action-state";
import { ReviewSummaryText, type Summary } from "./review-summary";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

export const BULK_FORM_ID = "bulk-review";

/** Decides every ticked application at once; the checkboxes sit in the cards (form="bulk-review"). */
export function BulkReviewForm({ action }: { action: Action }) {
  const t = useTranslations("membership.review");
  const problemText = useProblemText();
  const [state, formAction] = useActionState(action, idleState);
  const problem = formProblem(state) ?? (state.status === "error" ? Object.values(state.fieldErrors ?? {})[0]?.[0] : undefined);
  return (
    <form id={BULK_FORM_ID} action={formAction} className="flex flex-wrap items-end gap-3 rounded-md border border-stone-200 bg-white p-3">
      <div className="min-w-48 flex-1 space-y-1">
        <label htmlFor="bulk-reason" className="block text-sm font-medium">
          {t("reason")}
        </label>
        <Input id="bulk-reason" name="reason" maxLength={2000} />
      </div>
      <SubmitButton name="decision" value="approve" pendingLabel={t("deciding")}>
        {t("bulkApprove")}
      </SubmitButton>
      <SubmitButton name="decision" value="reject" variant="secondary" pendingLabel={t("deciding")}>
        {t("bulkReject")}
      </SubmitButton>
      <div className="w-full" aria-live="polite">
        {problem ? <Alert tone="error">{problemText(problem)}</Alert> : null}
        {state.status === "success" ? <ReviewSummaryText summary={state.data as Summary} /> : null}
      </div>
    </form>
  );
}
