"use client";

import { useTranslations } from "next-intl";
import type { Problem } from "@/lib/shared/action-state";

/** Translates a server problem code (errors.*) into the viewer's language. */
export function useProblemText(): (problem: Problem | undefined) => string | undefined {
  const t = useTranslations("errors");
  return (problem) => {
    if (!problem) return undefined;
    if (problem.message) return problem.message;
    const key = problem.code as Parameters<typeof t>[0];
    return t.has(key) ? t(key, problem.values) : t("invalid_value");
  };
}
