import { CircleUserRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";

const itemClass = "block w-full rounded px-2 py-1.5 text-left text-sm text-stone-800 hover:bg-stone-100";

// A disclosure (details/summary) rather than a scripted menu: it needs no
// JavaScript on every page, and keyboard and screen-reader users get it for free.
export async function AccountMenu({ name, email }: { name: string; email: string }) {
  const t = await getTranslations("common.account");
  return (
    <details className="relative">
      <summary
        aria-label={t("menu", { name })}
        className="inline-flex h-9 cursor-pointer list-none items-center gap-2 rounded-md px-2 text-sm text-stone-800 hover:bg-stone-100 [&::-webkit-details-marker]:hidden"
      >
        <CircleUserRound aria-hidden="true" className="size-5" />
        <span className="max-w-32 truncate">{name}</span>
      </summary>
      <div className="absolute right-0 z-50 mt-1.5 min-w-56 rounded-md border border-stone-200 bg-white p-1 shadow-lg">
        <p className="px-2 py-1.5 text-xs text-stone-600">{t("signedInAs", { email })}</p>
        <hr className="my-1 border-stone-200" />
        <form action={signOutAction}>
          <button type="submit" className={itemClass}>
            {t("signOut")}
          </button>
        </form>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={itemClass}>
            {t("signOutEverywhere")}
          </button>
        </form>
      </div>
    </details>
  );
}
