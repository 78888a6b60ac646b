"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormShell } from "@/components/forms/form-shell";
import { Textarea } from "@/components/ui/input";
import type { ActionState } from "@/lib/shared/action-state";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

export function CultureForm({ action, slug, current }: { action: Action; slug: string; current: { vision: string; values: string[]; mission: string } | null }) {
  const t = useTranslations("settings.culture");
  return (
    <FormShell action={action}>
      {({ error, value }) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <Field id="vision" label={t("vision")} error={error("vision")}>
            <Textarea name="vision" rows={3} maxLength={2000} defaultValue={value("vision", current?.vision ?? "")} />
          </Field>
          <Field id="values" label={t("values")} error={error("values")}>
            <Textarea name="values" rows={5} defaultValue={value("values", current?.values.join("\n") ?? "")} />
          </Field>
          <Field id="mission" label={t("mission")} error={error("mission")}>
            <Textarea name="mission" rows={3} maxLength={2000} defaultValue={value("mission", current?.mission ?? "")} />
          </Field>
        </>
      )}
    </FormShell>
  );
}
