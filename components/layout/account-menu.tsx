"use client";

import { CircleUserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import { signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";

const itemClass =
  "flex w-full cursor-default select-none items-center rounded px-2 py-1.5 text-sm text-stone-800 outline-none data-[highlighted]:bg-stone-100";

export function AccountMenu({ name, email }: { name: string; email: string }) {
  const t = useTranslations("common.account");
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={t("menu", { name })}
        className="inline-flex h-9 items-center gap-2 rounded-md px-2 text-sm text-stone-800 hover:bg-stone-100"
      >
        <CircleUserRound aria-hidden="true" className="size-5" />
        <span className="max-w-32 truncate">{name}</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border border-stone-200 bg-white p-1 shadow-lg">
          <DropdownMenu.Label className="px-2 py-1.5 text-xs text-stone-600">{t("signedInAs", { email })}</DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-stone-200" />
          <DropdownMenu.Item className={itemClass} onSelect={() => void signOutAction()}>
            {t("signOut")}
          </DropdownMenu.Item>
          <DropdownMenu.Item className={itemClass} onSelect={() => void signOutEverywhereAction()}>
            {t("signOutEverywhere")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
