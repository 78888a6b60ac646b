"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormShell } from "@/components/forms/form-shell";
import { Input, Select } from "@/components/ui/input";
import type { ActionState } from "@/lib/shared/action-state";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/** Hand the community to another member, confirmed by typing its address. */
export function TransferOwnershipForm({ action, slug, members }: { action: Action; slug: string; members: { id: string; name: string; email: string }[] }) {
  const t = useTranslations("settings.roles");
  return (
    <FormShell action={action} submitLabel={t("transferButton")}>
      {({ error }) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <Field id="newOwnerMembershipId" label={t("newOwner")} error={error("newOwnerMembershipId")}>
            <Select name="newOwnerMembershipId" defaultValue="">
              <option value="" disabled>
                {t("choose")}
              </option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name} ({member.email})
                </option>
              ))}
            </Select>
          </Field>
          <Field id="confirmation" label={t("confirm", { slug })} error={error("confirmation")}>
            <Input name="confirmation" autoComplete="off" spellCheck={false} />
          </Field>
        </>
      )}
    </FormShell>
  );
}
