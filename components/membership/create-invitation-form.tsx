"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/components/forms/field";
import { fieldProblem, formProblem } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProblemText } from "@/components/forms/use-problem-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/shared/action-state";
import { idleState } from "@/lib/shared/action-state";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/** Creates an invitation link and shows it, ready to copy. */
export function CreateInvitationForm({ action, slug, origin }: { action: Action; slug: string; origin: string }) {
  const t = useTranslations("membership.invitations");
  const problemText = useProblemText();
  const [state, formAction] = useActionState(action, idleState);
  const [copied, setCopied] = useState(false);
  const created = state.status === "success" ? (state.data as { code: string }) : null;
  const link = created ? `${origin}/join/${created.code}` : "";
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="maxUses" label={t("maxUses")} error={problemText(fieldProblem(state, "maxUses"))}>
          <Input name="maxUses" type="number" min={1} max={100} defaultValue={1} />
        </Field>
        <Field id="expiresInDays" label={t("expiresInDays")} error={problemText(fieldProblem(state, "expiresInDays"))}>
          <Input name="expiresInDays" type="number" min={1} max={90} defaultValue={14} />
        </Field>
      </div>
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
      {formProblem(state) ? <Alert tone="error">{problemText(formProblem(state))}</Alert> : null}
      {created ? (
        <Alert tone="success">
          <p>{t("created")}</p>
          <p className="mt-1 flex flex-wrap items-center gap-2">
            <code className="break-all rounded bg-white px-2 py-1 text-stone-900">{link}</code>
            <Button
              type="button"
              size="sm"
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard.writeText(link);
                setCopied(true);
              }}
            >
              {copied ? t("copied") : t("copy")}
            </Button>
          </p>
        </Alert>
      ) : null}
    </form>
  );
}
