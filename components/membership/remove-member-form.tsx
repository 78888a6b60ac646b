"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { formProblem } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProblemText } from "@/components/forms/use-problem-text";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/shared/action-state";
import { idleState } from "@/lib/shared/action-state";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/** Remove (and optionally ban) a member, with the reason they will be told. */
export function RemoveMemberForm({ action, membershipId, name }: { action: Action; membershipId: string; name: string }) {
  const t = useTranslations("membership.members");
  const problemText = useProblemText();
  const [state, formAction] = useActionState(action, idleState);
  const id = useId();
  const problem = formProblem(state) ?? (state.status === "error" ? Object.values(state.fieldErrors ?? {})[0]?.[0] : undefined);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-800">
        {t("remove")} <span className="sr-only">{name}</span>
      </summary>
      <form action={formAction} className="mt-2 space-y-2">
        <input type="hidden" name="membershipId" value={membershipId} />
        <label htmlFor={`${id}-reason`} className="block font-medium">
          {t("removeReason")}
        </label>
        <Input id={`${id}-reason`} name="reason" required maxLength={2000} />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="ban" className="size-4 accent-red-700" />
          {t("banToo")}
        </label>
        <SubmitButton variant="danger" pendingLabel={t("removing")}>
          {t("remove")}
        </SubmitButton>
        {problem ? <Alert tone="error">{problemText(problem)}</Alert> : null}
      </form>
    </details>
  );
}
