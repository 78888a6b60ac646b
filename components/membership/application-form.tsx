"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { fieldProblem, formProblem, submittedValue } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProblemText } from "@/components/forms/use-problem-text";
import { Alert } from "@/components/ui/alert";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { ActionState } from "@/lib/shared/action-state";
import { idleState } from "@/lib/shared/action-state";
import { RulesAcceptance } from "./rules-acceptance";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
export type Question = { id: string; prompt: string; kind: "SHORT_TEXT" | "LONG_TEXT" | "SINGLE_CHOICE"; options: string[]; required: boolean };

/**
 * Answers to the community's questions plus the rules checkbox. Used for
 * applications and for invitation links into an application community; `hidden`
 * carries the slug or the invitation code.
 */
export function ApplicationForm({
  action,
  hidden,
  questions,
  rulesVersion,
  submitLabel,
  pendingLabel,
}: {
  action: Action;
  hidden: Record<string, string>;
  questions: Question[];
  rulesVersion: number | null;
  submitLabel: string;
  pendingLabel: string;
}) {
  const t = useTranslations("membership.apply");
  const tPanel = useTranslations("membership.panel");
  const problemText = useProblemText();
  const [state, formAction] = useActionState(action, idleState);
  // Problems that belong to no question shown here (e.g. an over-long answer, found
  // by position before the answers are matched to questions) go to the top.
  const known = new Set(questions.map((question) => `answers.${question.id}`));
  const stray = state.status === "error" ? Object.entries(state.fieldErrors ?? {}).find(([key]) => key.startsWith("answers") && !known.has(key))?.[1][0] : undefined;
  const topProblem = formProblem(state) ?? stray;
  return (
    <form action={formAction} noValidate className="space-y-5">
      {topProblem ? <Alert tone="error">{problemText(topProblem)}</Alert> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {questions.map((question) => {
        const name = `answer.${question.id}`;
        const label = (
          <>
            {question.prompt} {question.required ? null : <span className="font-normal text-stone-600">{t("optional")}</span>}
          </>
        );
        const error = problemText(fieldProblem(state, `answers.${question.id}`));
        const value = submittedValue(state, name);
        return (
          <Field key={question.id} id={`q-${question.id}`} label={label} error={error}>
            {question.kind === "LONG_TEXT" ? (
              <Textarea name={name} rows={4} maxLength={5000} defaultValue={value} />
            ) : question.kind === "SINGLE_CHOICE" ? (
              // Keyed by the submitted value: a select only reads defaultValue when it mounts,
              // and React resets the form to its defaults after each submission.
              <Select key={value ?? ""} name={name} defaultValue={value ?? ""}>
                <option value="">{t("choose")}</option>
                {question.options.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </Select>
            ) : (
              <Input name={name} maxLength={300} defaultValue={value} />
            )}
          </Field>
        );
      })}
      {rulesVersion !== null ? <RulesAcceptance version={rulesVersion} label={tPanel("acceptRules")} error={problemText(fieldProblem(state, "rulesVersion"))} /> : null}
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}
