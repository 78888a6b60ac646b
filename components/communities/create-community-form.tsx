"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Field } from "@/components/forms/field";
import { fieldProblem, formProblem, submittedValue } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProblemText } from "@/components/forms/use-problem-text";
import { Alert } from "@/components/ui/alert";
import { Input, Select, Textarea } from "@/components/ui/input";
import { createCommunityAction } from "@/lib/communities/actions";
import { locales } from "@/lib/i18n/locales";
import { idleState } from "@/lib/shared/action-state";

type Suggestion = { slug: string; isValid: boolean; isAvailable: boolean };

export function CreateCommunityForm({ origin }: { origin: string }) {
  const t = useTranslations("communities");
  const locale = useLocale();
  const problemText = useProblemText();
  const [state, action] = useActionState(createCommunityAction, idleState);
  const [name, setName] = useState(submittedValue(state, "name") ?? "");
  const [slug, setSlug] = useState(submittedValue(state, "slug") ?? "");
  const [isSlugEdited, setSlugEdited] = useState(false);
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const slugInput = useRef<HTMLInputElement>(null);

  // Ask the server (which romanises Chinese names) for the slug and whether it is free.
  // Only a typed slug is sent: one we filled in from a suggestion would just ask again.
  const typedSlug = isSlugEdited ? slug : "";
  useEffect(() => {
    const params = new URLSearchParams({ name });
    if (typedSlug) params.set("slug", typedSlug);
    if (!name.trim() && !typedSlug) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/communities/slug-suggestion?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        const next = (await response.json()) as Suggestion;
        setSuggestion(next);
        // Never write into the field while the user is in it: their selection and typing would land around our text.
        if (!isSlugEdited && document.activeElement !== slugInput.current) setSlug(next.slug);
      } catch {
        // Typing on aborts the previous request; the field still works without a suggestion.
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [name, typedSlug, isSlugEdited]);

  const formError = problemText(formProblem(state));
  const hasInput = Boolean(name.trim() || slug);
  const slugStatus =
    hasInput && suggestion?.isValid ? (suggestion.isAvailable ? t("create.slugAvailable") : t("create.slugTaken")) : "";

  return (
    <form action={action} noValidate className="space-y-5">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="name" label={t("create.name")} hint={t("create.nameHint")} error={problemText(fieldProblem(state, "name"))}>
        <Input name="name" required maxLength={80} value={name} onChange={(event) => setName(event.target.value)} />
      </Field>
      <Field
        id="slug"
        label={t("create.slug")}
        hint={
          <>
            {t("create.slugHint")} {slug ? t("create.slugPreview", { url: `${origin}/c/${slug}` }) : null}{" "}
            <span aria-live="polite" className={suggestion?.isAvailable ? "text-canopy-700" : "text-red-700"}>
              {slugStatus}
            </span>
          </>
        }
        error={problemText(fieldProblem(state, "slug"))}
      >
        <Input
          name="slug"
          maxLength={48}
          autoCapitalize="none"
          spellCheck={false}
          ref={slugInput}
          value={slug}
          onBlur={() => {
            if (!isSlugEdited && suggestion) setSlug(suggestion.slug);
          }}
          onChange={(event) => {
            setSlugEdited(true);
            setSlug(event.target.value);
          }}
        />
      </Field>
      <Field id="purpose" label={t("create.purpose")} hint={t("create.purposeHint")} error={problemText(fieldProblem(state, "purpose"))}>
        <Textarea name="purpose" required maxLength={280} rows={3} defaultValue={submittedValue(state, "purpose")} />
      </Field>
      <Field id="language" label={t("create.language")} error={problemText(fieldProblem(state, "language"))}>
        <Select key={submittedValue(state, "language") ?? locale} name="language" defaultValue={submittedValue(state, "language") ?? locale}>
          {locales.map((option) => (
            <option key={option} value={option}>
              {t(`languages.${option}`)}
            </option>
          ))}
        </Select>
      </Field>
      <SubmitButton pendingLabel={t("create.submitting")}>{t("create.submit")}</SubmitButton>
    </form>
  );
}
