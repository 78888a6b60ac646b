"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import en from "@/lib/i18n/messages/en/common.json";
import zh from "@/lib/i18n/messages/zh-CN/common.json";

// Error boundaries render outside any translation provider (pages only ship the
// translator where a form needs it), so the few words here come straight from the
// catalogs, in the language the page declares on <html lang>.
const catalogs = { en: en.states, "zh-CN": zh.states } as const;

function pageLanguage(): keyof typeof catalogs {
  return document.documentElement.lang === "zh-CN" ? "zh-CN" : "en";
}

export function ErrorState({ reset }: { reset: () => void }) {
  const language = useSyncExternalStore(
    () => () => undefined,
    pageLanguage,
    () => "en" as const,
  );
  const t = catalogs[language];
  return (
    <div role="alert" className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t.errorTitle}</h1>
      <p className="text-stone-700">{t.errorBody}</p>
      <Button onClick={() => reset()}>{t.retry}</Button>
    </div>
  );
}
