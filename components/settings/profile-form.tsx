"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormShell } from "@/components/forms/form-shell";
import { Input, Select, Textarea } from "@/components/ui/input";
import { locales } from "@/lib/i18n/locales";
import type { ActionState } from "@/lib/shared/action-state";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
export type Profile = { name: string; purpose: string; description: string; language: string; visibility: string; inactiveAfterDays: number };

export function ProfileForm({ action, slug, profile }: { action: Action; slug: string; profile: Profile }) {
  const t = useTranslations("settings.general");
  const tLanguages = useTranslations("communities.languages");
  return (
    <FormShell action={action}>
      {({ error, value }) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <Field id="name" label={t("name")} error={error("name")}>
            <Input name="name" maxLength={80} defaultValue={value("name", profile.name)} />
          </Field>
          <Field id="purpose" label={t("purpose")} hint={t("purposeHint")} error={error("purpose")}>
            <Textarea name="purpose" rows={2} maxLength={280} defaultValue={value("purpose", profile.purpose)} />
          </Field>
          <Field id="description" label={t("description")} error={error("description")}>
            <Textarea name="description" rows={6} maxLength={10_000} defaultValue={value("description", profile.description)} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="language" label={t("language")} error={error("language")}>
              <Select key={value("language", profile.language)} name="language" defaultValue={value("language", profile.language)}>
                {locales.map((locale) => (
                  <option key={locale} value={locale}>
                    {tLanguages(locale)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="visibility" label={t("visibility")} error={error("visibility")}>
              <Select key={value("visibility", profile.visibility)} name="visibility" defaultValue={value("visibility", profile.visibility)}>
                <option value="LISTED">{t("listed")}</option>
                <option value="UNLISTED">{t("unlisted")}</option>
              </Select>
            </Field>
          </div>
          <Field id="inactiveAfterDays" label={t("inactiveAfterDays")} hint={t("inactiveHint")} error={error("inactiveAfterDays")}>
            <Input name="inactiveAfterDays" type="number" min={1} max={365} defaultValue={value("inactiveAfterDays", String(profile.inactiveAfterDays))} />
          </Field>
        </>
      )}
    </FormShell>
  );
}
