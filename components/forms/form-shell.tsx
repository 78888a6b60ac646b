"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/shared/action-state";
import { idleState } from "@/lib/shared/action-state";
import { fieldProblem, formProblem, submittedValue } from "./form-state";
import { SubmitButton } from "./submit-button";
import { useProblemText } from "./use-problem-text";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

export type FormTools = {
  /** The translated error for a field, if the last submission had one. */
  error: (field: string) => string | undefined;
  /** What the person typed, after a refused submission (else the saved value). */
  value: (field: string, saved: string) => string;
  state: ActionState<unknown>;
};

/**
 * A settings form: one server action, field errors beside the fields, a form-level
 * alert, and "Saved." after success. `children` receives the tools to wire fields.
 */
export function FormShell({
  action,
  children,
  submitLabel,
  className,
}: {
  action: Action;
  children: (tools: FormTools) => ReactNode;
  submitLabel?: string;
  className?: string;
}) {
  const t = useTranslations("settings");
  const problemText = useProblemText();
  const [state, formAction] = useActionState(action, idleState);
  const tools: FormTools = {
    error: (field) => problemText(fieldProblem(state, field)),
    value: (field, saved) => submittedValue(state, field) ?? saved,
    state,
  };
  const problem = formProblem(state);
  return (
    <form action={formAction} noValidate className={className ?? "space-y-5"}>
      {problem ? <Alert tone="error">{problemText(problem)}</Alert> : null}
      {children(tools)}
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={t("saving")}>{submitLabel ?? t("save")}</SubmitButton>
        <p role="status" className="text-sm text-canopy-800">
          {state.status === "success" ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
