"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { fieldProblem, formProblem, submittedValue } from "@/components/forms/form-state";
import { problemMessage } from "@/components/forms/problem-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import { signInAction } from "@/lib/auth/actions";
import { idleState } from "@/lib/shared/action-state";

export type SignInLabels = { email: string; password: string; submit: string; submitting: string; noAccount: string; createAccount: string };

// Labels arrive translated from the page and errors from the server: no translator in the bundle.
export function SignInForm({ callbackUrl, labels }: { callbackUrl?: string; labels: SignInLabels }) {
  const [state, action] = useActionState(signInAction, idleState);
  const formError = problemMessage(formProblem(state));
  return (
    <form action={action} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id="email" label={labels.email} error={problemMessage(fieldProblem(state, "email"))}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={submittedValue(state, "email")} />
      </Field>
      <Field id="password" label={labels.password} error={problemMessage(fieldProblem(state, "password"))}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <SubmitButton pendingLabel={labels.submitting} className="w-full">
        {labels.submit}
      </SubmitButton>
      <p className="text-center text-sm text-stone-700">
        {labels.noAccount}{" "}
        <Link href={callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"} className="font-medium text-canopy-700 underline underline-offset-4">
          {labels.createAccount}
        </Link>
      </p>
    </form>
  );
}
