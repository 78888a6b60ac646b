"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { fieldProblem, formProblem, submittedValue } from "@/components/forms/form-state";
import { problemMessage } from "@/components/forms/problem-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import { signUpAction } from "@/lib/auth/actions";
import { idleState } from "@/lib/shared/action-state";

export type SignUpLabels = {
  name: string;
  email: string;
  password: string;
  passwordHint: string;
  submit: string;
  submitting: string;
  haveAccount: string;
  signInInstead: string;
};

// Labels arrive translated from the page and errors from the server: no translator in the bundle.
export function SignUpForm({ callbackUrl, locale, labels }: { callbackUrl?: string; locale: string; labels: SignUpLabels }) {
  const [state, action] = useActionState(signUpAction, idleState);
  const formError = problemMessage(formProblem(state));
  return (
    <form action={action} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id="name" label={labels.name} error={problemMessage(fieldProblem(state, "name"))}>
        <Input name="name" autoComplete="name" required maxLength={80} defaultValue={submittedValue(state, "name")} />
      </Field>
      <Field id="email" label={labels.email} error={problemMessage(fieldProblem(state, "email"))}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={submittedValue(state, "email")} />
      </Field>
      <Field id="password" label={labels.password} hint={labels.passwordHint} error={problemMessage(fieldProblem(state, "password"))}>
        <Input name="password" type="password" autoComplete="new-password" required minLength={10} />
      </Field>
      <SubmitButton pendingLabel={labels.submitting} className="w-full">
        {labels.submit}
      </SubmitButton>
      <p className="text-center text-sm text-stone-700">
        {labels.haveAccount}{" "}
        <Link href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"} className="font-medium text-canopy-700 underline underline-offset-4">
          {labels.signInInstead}
        </Link>
      </p>
    </form>
  );
}
