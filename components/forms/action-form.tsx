"use client";

import type { ReactNode } from "react";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import type { ActionState } from "@/lib/shared/action-state";
import { idleState } from "@/lib/shared/action-state";
import { formProblem } from "./form-state";
import { problemMessage } from "./problem-message";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/**
 * A small form around one server action: its fields (usually hidden inputs), a
 * submit button that shows progress, and the outcome — the error in the person's
 * language (translated on the server, so this ships no translator), or a success note. For forms whose errors belong beside fields, write
 * a dedicated form component instead.
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel,
  successMessage,
  confirmMessage,
  variant = "primary",
  className,
}: {
  action: Action;
  children?: ReactNode;
  submitLabel: ReactNode;
  pendingLabel: ReactNode;
  successMessage?: ReactNode;
  confirmMessage?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  className?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const problem = formProblem(state) ?? (state.status === "error" ? Object.values(state.fieldErrors ?? {})[0]?.[0] : undefined);
  return (
    <form
      action={formAction}
      className={cn("space-y-3", className)}
      onSubmit={(event) => {
        if (confirmMessage && !window.confirm(confirmMessage)) event.preventDefault();
      }}
    >
      {children}
      <SubmitButton pendingLabel={pendingLabel} variant={variant}>
        {submitLabel}
      </SubmitButton>
      {problem ? <Alert tone="error">{problemMessage(problem)}</Alert> : null}
      {state.status === "success" && successMessage ? <Alert tone="success">{successMessage}</Alert> : null}
    </form>
  );
}
