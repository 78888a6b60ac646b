"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { FormShell } from "@/components/forms/form-shell";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/shared/action-state";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

export function CapacityForm({
  action,
  slug,
  capacity,
}: {
  action: Action;
  slug: string;
  capacity: { memberCap: number | null; memberCount: number; waitlistEnabled: boolean; waitlistOfferHours: number };
}) {
  const t = useTranslations("settings.capacity");
  const [cap, setCap] = useState(capacity.memberCap?.toString() ?? "");
  const capNumber = Number(cap);
  const isBelowCount = cap !== "" && Number.isInteger(capNumber) && capNumber > 0 && capNumber < capacity.memberCount;
  return (
    <FormShell action={action}>
      {({ error }) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <Field id="memberCap" label={t("cap")} hint={t("capHint", { count: capacity.memberCount })} error={error("memberCap")}>
            <Input name="memberCap" type="number" min={1} max={1_000_000} value={cap} onChange={(event) => setCap(event.target.value)} />
          </Field>
          {isBelowCount ? <Alert tone="info">{t("belowCount", { count: capacity.memberCount })}</Alert> : null}
          <div className="space-y-1">
            <label className="flex items-center gap-2 text-sm font-medium">
              <input type="checkbox" name="waitlistEnabled" defaultChecked={capacity.waitlistEnabled} className="size-4 accent-canopy-700" />
              {t("waitlist")}
            </label>
            <p className="text-xs text-stone-600">{t("waitlistHint")}</p>
          </div>
          <Field id="waitlistOfferHours" label={t("offerHours")} error={error("waitlistOfferHours")}>
            <Input name="waitlistOfferHours" type="number" min={1} max={720} defaultValue={capacity.waitlistOfferHours} />
          </Field>
        </>
      )}
    </FormShell>
  );
}
