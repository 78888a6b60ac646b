"use client";

import { useActionState } from "react";
import { fieldProblem, formProblem } from "@/components/forms/form-state";
import { problemMessage } from "@/components/forms/problem-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/shared/action-state";
import { idleState } from "@/lib/shared/action-state";
import { RulesAcceptance } from "./rules-acceptance";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/**
 * "Join" (or "Join the waitlist") in an open community, after accepting the rules.
 * Labels come translated from the server, so the member-facing page ships no translator.
 */
export function JoinForm({
  action,
  slug,
  rulesVersion,
  labels,
}: {
  action: Action;
  slug: string;
  rulesVersion: number | null;
  labels: { submit: string; pending: string; acceptRules: string };
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="slug" value={slug} />
      {rulesVersion !== null ? <RulesAcceptance version={rulesVersion} label={labels.acceptRules} error={problemMessage(fieldProblem(state, "rulesVersion"))} /> : null}
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
      {formProblem(state) ? <Alert tone="error">{problemMessage(formProblem(state))}</Alert> : null}
    </form>
  );
}
