import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  return (
    <footer className="border-t border-stone-200 bg-white">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-stone-600 sm:px-6">{t("madeFor")}</p>
    </footer>
  );
}
