import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

/** Shown while one card's numbers load; the other cards are not held up. */
export async function CardSkeleton({ title }: { title: string }) {
  const t = await getTranslations("insights.card");
  return (
    <Card className="min-w-0 space-y-4" aria-busy="true">
      <CardTitle>{title}</CardTitle>
      <p role="status" className="sr-only">
        {t("loading", { card: title })}
      </p>
      <Skeleton className="h-4 w-2/3" />
      <Skeleton className="h-48 w-full" />
    </Card>
  );
}
