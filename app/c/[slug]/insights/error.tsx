"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// The page-level error state (a card that fails shows its own message instead).
export default function InsightsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.states");
  return (
    <div role="alert" className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="text-stone-700">{t("errorBody")}</p>
      <Button onClick={() => reset()}>{t("retry")}</Button>
    </div>
  );
}
