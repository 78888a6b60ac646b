import "server-only";
import { getTranslations } from "next-intl/server";
import type { Problem } from "../shared/action-state";

/** Translates problems into the request's language (messages: errors.*). */
export async function problemTranslator(): Promise<(problem: Problem) => string> {
  const t = await getTranslations("errors");
  return (problem) => {
    const key = problem.code as Parameters<typeof t>[0];
    return t.has(key) ? t(key, problem.values) : t("invalid_value");
  };
}
