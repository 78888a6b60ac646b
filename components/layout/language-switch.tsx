"use client";

import { Languages } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/auth/actions";
import { idleState } from "@/lib/shared/action-state";
import { type Locale, locales } from "@/lib/i18n/locales";

export function LanguageSwitch({ current }: { current: Locale }) {
  const t = useTranslations("common.language");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function choose(locale: string) {
    if (locale === current) return;
    const form = new FormData();
    form.set("locale", locale);
    startTransition(async () => {
      await setLocaleAction(idleState, form);
      router.refresh();
    });
  }

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={t("switchTo")}
        aria-busy={isPending}
        className="inline-flex h-9 items-center gap-1.5 rounded-md px-2 text-sm text-stone-800 hover:bg-stone-100"
      >
        <Languages aria-hidden="true" className="size-4" />
        <span>{t(current)}</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-40 rounded-md border border-stone-200 bg-white p-1 shadow-lg">
          <DropdownMenu.Label className="px-2 py-1.5 text-xs text-stone-600">{t("label")}</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={current} onValueChange={choose}>
            {locales.map((locale) => (
              <DropdownMenu.RadioItem
                key={locale}
                value={locale}
                lang={locale}
                className="flex cursor-default select-none items-center gap-2 rounded px-2 py-1.5 text-sm text-stone-800 outline-none data-[highlighted]:bg-stone-100 data-[state=checked]:font-semibold"
              >
                {t(locale)}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
