import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

// While the access check and filters resolve; each card then streams in on its own.
export default async function Loading() {
  const t = await getTranslations("common.states");
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <Skeleton className="h-8 w-1/3" />
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-64 w-full" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
