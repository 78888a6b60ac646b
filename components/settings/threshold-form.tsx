"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { FormShell } from "@/components/forms/form-shell";
import { Input, Select } from "@/components/ui/input";
import type { ActionState } from "@/lib/shared/action-state";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
export type ThresholdView = {
  entryMode: "OPEN" | "APPLICATION" | "INVITATION";
  feeAmountMinor: number;
  feeCurrency: string;
  inviterPolicy: "OWNER" | "ADMINS" | "NODE_LEADERS" | "MEMBERS";
  invitationQuota: number | null;
  reapplyCooldownDays: number;
};

const modes = ["OPEN", "APPLICATION", "INVITATION"] as const;
const policies = ["OWNER", "ADMINS", "NODE_LEADERS", "MEMBERS"] as const;
const currencies = ["CNY", "USD", "EUR", "HKD", "GBP", "SGD"] as const;

export function ThresholdForm({ action, slug, threshold }: { action: Action; slug: string; threshold: ThresholdView }) {
  const t = useTranslations("settings.entry");
  const [feeEnabled, setFeeEnabled] = useState(threshold.feeAmountMinor > 0);
  return (
    <FormShell action={action}>
      {({ error, value }) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">{t("mode")}</legend>
            {modes.map((mode) => (
              <label key={mode} className="flex items-start gap-2 text-sm">
                <input type="radio" name="entryMode" value={mode} defaultChecked={value("entryMode", threshold.entryMode) === mode} className="mt-0.5 accent-canopy-700" />
                {t(`modes.${mode}`)}
              </label>
            ))}
          </fieldset>
          <div className="space-y-3 rounded-md border border-stone-200 p-3">
            <label className="flex items-center gap-2 text-sm font-medium">
              <input type="checkbox" name="feeEnabled" checked={feeEnabled} onChange={(event) => setFeeEnabled(event.target.checked)} className="size-4 accent-canopy-700" />
              {t("fee")}
            </label>
            <p className="text-xs text-stone-600">{t("feeHint")}</p>
            {feeEnabled ? (
              <div className="grid gap-3 sm:grid-cols-2">
                <Field id="feeAmount" label={t("feeAmount")} error={error("feeAmount")}>
                  <Input name="feeAmount" inputMode="decimal" defaultValue={value("feeAmount", threshold.feeAmountMinor > 0 ? (threshold.feeAmountMinor / 100).toFixed(2) : "1.00")} />
                </Field>
                <Field id="feeCurrency" label={t("feeCurrency")} error={error("feeCurrency")}>
                  <Select key={value("feeCurrency", threshold.feeCurrency)} name="feeCurrency" defaultValue={value("feeCurrency", threshold.feeCurrency)}>
                    {currencies.map((currency) => (
                      <option key={currency} value={currency}>
                        {currency}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
            ) : null}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="inviterPolicy" label={t("inviters")} error={error("inviterPolicy")}>
              <Select key={value("inviterPolicy", threshold.inviterPolicy)} name="inviterPolicy" defaultValue={value("inviterPolicy", threshold.inviterPolicy)}>
                {policies.map((policy) => (
                  <option key={policy} value={policy}>
                    {t(`policies.${policy}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="invitationQuota" label={t("quota")} hint={t("quotaHint")} error={error("invitationQuota")}>
              <Input name="invitationQuota" type="number" min={0} max={10000} defaultValue={value("invitationQuota", threshold.invitationQuota?.toString() ?? "")} />
            </Field>
          </div>
          <Field id="reapplyCooldownDays" label={t("cooldown")} error={error("reapplyCooldownDays")}>
            <Input name="reapplyCooldownDays" type="number" min={0} max={3650} defaultValue={value("reapplyCooldownDays", String(threshold.reapplyCooldownDays))} />
          </Field>
        </>
      )}
    </FormShell>
  );
}
