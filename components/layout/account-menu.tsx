import { CircleUserRound } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";

const itemClass = "block w-full rounded px-2 py-1.5 text-left text-sm text-stone-800 hover:bg-stone-100";

// A disclosure (details/summary) rather than a scripted menu: it needs no
// JavaScript on every page, and keyboard and screen-reader users get it for free.
export async function AccountMenu({ name, email, unreadNotifications }: { name: string; email: string; unreadNotifications: number }) {
  const [t, tNav, tNotifications] = await Promise.all([getTranslations("common.account"), getTranslations("common.nav"), getTranslations("notifications")]);
  const notificationsLabel = unreadNotifications > 0 ? tNotifications("linkUnread", { count: unreadNotifications }) : tNotifications("link");
  return (
    <details className="relative">
      <summary
        aria-label={`${t("menu", { name })}${unreadNotifications > 0 ? ` · ${notificationsLabel}` : ""}`}
        className="inline-flex h-9 cursor-pointer list-none items-center gap-2 rounded-md px-2 text-sm text-stone-800 hover:bg-stone-100 [&::-webkit-details-marker]:hidden"
      >
        <CircleUserRound aria-hidden="true" className="size-5" />
        <span className="max-w-32 truncate">{name}</span>
        {unreadNotifications > 0 ? (
          <span aria-hidden="true" className="rounded-full bg-canopy-700 px-1.5 text-xs font-semibold text-white">
            {unreadNotifications}
          </span>
        ) : null}
      </summary>
      <div className="absolute right-0 z-50 mt-1.5 min-w-56 rounded-md border border-stone-200 bg-white p-1 shadow-lg">
        <p className="px-2 py-1.5 text-xs text-stone-600">{t("signedInAs", { email })}</p>
        <hr className="my-1 border-stone-200" />
        <Link href="/me/notifications" className={itemClass}>
          {notificationsLabel}
        </Link>
        <Link href="/me/applications" className={itemClass}>
          {tNav("myApplications")}
        </Link>
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
