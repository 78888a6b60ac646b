import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card, CardTitle } from "@/components/ui/card";

// Every Insights card: a title, the definition of what it counts (ADR 005, shown
// beside the numbers), a CSV download of exactly what it shows, and its body.
export async function CardFrame(props: { id: string; title: string; definition: string; exportHref?: string; children: ReactNode }) {
  const t = await getTranslations("insights.card");
  return (
    <Card aria-labelledby={`${props.id}-title`} className="min-w-0 space-y-4" data-card={props.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <CardTitle id={`${props.id}-title`}>{props.title}</CardTitle>
        {props.exportHref ? (
          <a
            href={props.exportHref}
            download
            aria-label={t("downloadLabel", { card: props.title })}
            className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium text-canopy-800 hover:bg-stone-100"
          >
            {t("download")}
          </a>
        ) : null}
      </div>
      <details className="text-sm text-stone-700">
        <summary className="cursor-pointer font-medium text-stone-800">{t("definition")}</summary>
        <p className="mt-1">{props.definition}</p>
      </details>
      {props.children}
    </Card>
  );
}

/** The "show as table" alternative under a chart. */
export async function TableAlternative({ children }: { children: ReactNode }) {
  const t = await getTranslations("insights.card");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-canopy-800 underline underline-offset-4">{t("showTable")}</summary>
      <div className="mt-2 max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={t("showTable")}>
        {children}
      </div>
    </details>
  );
}

export async function CardMessage({ tone, children }: { tone: "empty" | "error"; children: ReactNode }) {
  return (
    <p role={tone === "error" ? "alert" : undefined} className={tone === "error" ? "rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900" : "text-sm text-stone-600"}>
      {children}
    </p>
  );
}

export const tableClass = "w-full border-collapse text-sm [&_td]:border-t [&_td]:border-stone-200 [&_td]:px-2 [&_td]:py-1 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_th]:font-medium [&_th]:text-stone-700";
