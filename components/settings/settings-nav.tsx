"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const sections = ["general", "culture", "entry", "capacity", "rules", "roles"] as const;

export function SettingsNav({ slug }: { slug: string }) {
  const t = useTranslations("settings.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="flex flex-row flex-wrap gap-1 md:flex-col">
      {sections.map((section) => {
        const href = section === "general" ? `/c/${slug}/settings` : `/c/${slug}/settings/${section}`;
        return (
          <Link
            key={section}
            href={href}
            aria-current={pathname === href ? "page" : undefined}
            className="rounded-md px-3 py-2 text-sm text-stone-700 hover:bg-stone-100 aria-[current=page]:bg-canopy-50 aria-[current=page]:font-semibold aria-[current=page]:text-canopy-900"
          >
            {t(section)}
          </Link>
        );
      })}
    </nav>
  );
}
