import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommunityCard } from "@/components/communities/community-card";
import { Pagination } from "@/components/communities/pagination";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { directoryParams, searchDirectory } from "@/lib/communities/directory";
import { locales } from "@/lib/i18n/locales";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("communities.directory"))("title") };
}

export default async function DirectoryPage({ searchParams }: Props) {
  const params = directoryParams.parse(await searchParams);
  const [t, tLanguages, tPage, result] = await Promise.all([
    getTranslations("communities.directory"),
    getTranslations("communities.languages"),
    getTranslations("common.pagination"),
    searchDirectory(params),
  ]);
  const query = (page: number) => {
    const search = new URLSearchParams();
    for (const key of ["q", "mode", "seats", "language"] as const) if (params[key]) search.set(key, String(params[key]));
    search.set("page", String(page));
    return `/communities?${search}`;
  };
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("lead")}</p>
      </div>
      <form role="search" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="directory-q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <Input id="directory-q" name="q" defaultValue={params.q} maxLength={100} />
        </div>
        <div className="space-y-1">
          <label htmlFor="directory-mode" className="block text-sm font-medium">
            {t("mode")}
          </label>
          <Select id="directory-mode" name="mode" defaultValue={params.mode ?? ""}>
            <option value="">{t("any")}</option>
            {(["OPEN", "APPLICATION", "INVITATION"] as const).map((mode) => (
              <option key={mode} value={mode}>
                {t(`modes.${mode}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="directory-seats" className="block text-sm font-medium">
            {t("seats")}
          </label>
          <Select id="directory-seats" name="seats" defaultValue={params.seats ?? ""}>
            <option value="">{t("any")}</option>
            <option value="available">{t("seatsAvailable")}</option>
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="directory-language" className="block text-sm font-medium">
            {t("language")}
          </label>
          <Select id="directory-language" name="language" defaultValue={params.language ?? ""}>
            <option value="">{t("any")}</option>
            {locales.map((locale) => (
              <option key={locale} value={locale}>
                {tLanguages(locale)}
              </option>
            ))}
          </Select>
        </div>
        <div className="sm:col-span-2 lg:col-span-5">
          <Button type="submit">{t("apply")}</Button>
        </div>
      </form>
      <p aria-live="polite" className="text-sm text-stone-600">
        {t("results", { count: result.total })}
      </p>
      {result.communities.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {result.communities.map((community) => (
            <CommunityCard key={community.slug} community={community} badge={t(`modes.${community.entryMode}`)} />
          ))}
        </ul>
      )}
      <Pagination
        page={params.page}
        pages={result.pages}
        href={query}
        labels={{ previous: tPage("previous"), next: tPage("next"), status: tPage("status", { page: params.page, pages: result.pages }) }}
      />
    </div>
  );
}
