import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/queries";
import { getViewer } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/me/notifications");
  const [t, format, notifications] = await Promise.all([getTranslations("notifications"), getFormatter(), listNotifications(viewer.id)]);
  const hasUnread = notifications.some((notification) => notification.readAt === null);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {hasUnread ? (
            <ActionForm action={markNotificationsReadAction} submitLabel={t("markAllRead")} pendingLabel={t("marking")} variant="secondary" />
        ) : null}
      </div>
      {notifications.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
          {notifications.map((notification) => (
            <li key={notification.id} className="flex gap-3 p-4">
              {notification.readAt === null ? (
                <span className="mt-0.5 h-fit rounded-full bg-canopy-700 px-2 py-0.5 text-xs font-semibold text-white">{t("unread")}</span>
              ) : null}
              <div className="space-y-1">
                <p>
                  <Link href={`/c/${notification.payload.communitySlug}`} className="hover:underline">
                    {t(`kinds.${notification.kind}`, {
                      communityName: notification.payload.communityName,
                      reason: notification.payload.reason || "none",
                      until: notification.payload.until ? format.dateTime(new Date(notification.payload.until), { dateStyle: "medium", timeStyle: "short" }) : "",
                    })}
                  </Link>
                </p>
                <p className="text-xs text-stone-600">{format.dateTime(notification.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
