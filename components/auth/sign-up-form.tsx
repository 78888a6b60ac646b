"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { fieldProblem, formProblem, submittedValue } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProblemText } from "@/components/forms/use-problem-text";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import { signUpAction } from "@/lib/auth/actions";
import { idleState } from "@/lib/shared/action-state";

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth.signUp");
  const locale = useLocale();
  const problemText = useProblemText();
  const [state, action] = useActionState(signUpAction, idleState);
  const formError = problemText(formProblem(state));
  return (
    <form action={action} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id="name" label={t("name")} error={problemText(fieldProblem(state, "name"))}>
        <Input name="name" autoComplete="name" required maxLength={80} defaultValue={submittedValue(state, "name")} />
      </Field>
      <Field id="email" label={t("email")} error={problemText(fieldProblem(state, "email"))}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={submittedValue(state, "email")} />
      </Field>
      <Field id="password" label={t("password")} hint={t("passwordHint")} error={problemText(fieldProblem(state, "password"))}>
        <Input name="password" type="password" autoComplete="new-password" required minLength={10} />
      </Field>
      <SubmitButton pendingLabel={t("submitting")} className="w-full">
        {t("submit")}
      </SubmitButton>
      <p className="text-center text-sm text-stone-700">
        {t("haveAccount")}{" "}
        <Link href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"} className="font-medium text-canopy-700 underline underline-offset-4">
          {t("signInInstead")}
        </Link>
      </p>
    </form>
  );
}
