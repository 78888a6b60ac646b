import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, type MemberRole } from "@/lib/server/authz";

// Sections of a community the viewer may open, from the same permission table
// that refuses the requests behind them.
export async function CommunityNav({ slug, role, userId, current }: { slug: string; role: MemberRole | null; userId: string | null; current: string }) {
  const t = await getTranslations("membership.nav");
  const actor = { userId, communityRole: role };
  const items = [
    { key: "overview", href: `/c/${slug}`, show: true },
    { key: "invitations", href: `/c/${slug}/invitations`, show: can(actor, "community.invitations.create") },
    { key: "applications", href: `/c/${slug}/manage/applications`, show: can(actor, "community.applications.review") },
    { key: "members", href: `/c/${slug}/manage/members`, show: can(actor, "community.members.manage") },
    { key: "insights", href: `/c/${slug}/insights`, show: can(actor, "community.insights.view") },
    { key: "settings", href: `/c/${slug}/settings`, show: can(actor, "community.settings.edit") },
    { key: "audit", href: `/c/${slug}/audit`, show: can(actor, "community.audit.view") },
  ] as const;
  const visible = items.filter((item) => item.show);
  if (visible.length <= 1) return null;
  return (
    <nav aria-label={t("label")} className="-mt-2 mb-6 flex flex-wrap gap-1 border-b border-stone-200">
      {visible.map((item) => (
        <Link
          key={item.key}
          href={item.href}
          aria-current={current === item.key ? "page" : undefined}
          className="rounded-t-md px-3 py-2 text-sm text-stone-700 hover:bg-stone-100 aria-[current=page]:border-b-2 aria-[current=page]:border-canopy-700 aria-[current=page]:font-semibold aria-[current=page]:text-canopy-900"
        >
          {t(item.key)}
        </Link>
      ))}
    </nav>
  );
}
