"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldProblem, formProblem } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProblemText } from "@/components/forms/use-problem-text";
import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/shared/action-state";
import { idleState } from "@/lib/shared/action-state";
import { RulesAcceptance } from "./rules-acceptance";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/** "Join" (or "Join the waitlist") in an open community, after accepting the rules. */
export function JoinForm({ action, slug, rulesVersion, isFull }: { action: Action; slug: string; rulesVersion: number | null; isFull: boolean }) {
  const t = useTranslations("membership.panel");
  const problemText = useProblemText();
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="slug" value={slug} />
      {rulesVersion !== null ? <RulesAcceptance version={rulesVersion} error={problemText(fieldProblem(state, "rulesVersion"))} /> : null}
      <SubmitButton pendingLabel={t("joining")}>{isFull ? t("joinWaitlist") : t("join")}</SubmitButton>
      {formProblem(state) ? <Alert tone="error">{problemText(formProblem(state))}</Alert> : null}
    </form>
  );
}
