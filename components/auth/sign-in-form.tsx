"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { fieldProblem, formProblem, submittedValue } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProblemText } from "@/components/forms/use-problem-text";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import { signInAction } from "@/lib/auth/actions";
import { idleState } from "@/lib/shared/action-state";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth.signIn");
  const problemText = useProblemText();
  const [state, action] = useActionState(signInAction, idleState);
  const formError = problemText(formProblem(state));
  return (
    <form action={action} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id="email" label={t("email")} error={problemText(fieldProblem(state, "email"))}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={submittedValue(state, "email")} />
      </Field>
      <Field id="password" label={t("password")} error={problemText(fieldProblem(state, "password"))}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <SubmitButton pendingLabel={t("submitting")} className="w-full">
        {t("submit")}
      </SubmitButton>
      <p className="text-center text-sm text-stone-700">
        {t("noAccount")}{" "}
        <Link href={callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"} className="font-medium text-canopy-700 underline underline-offset-4">
          {t("createAccount")}
        </Link>
      </p>
    </form>
  );
}
