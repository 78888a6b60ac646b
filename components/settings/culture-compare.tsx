"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Select } from "@/components/ui/input";

export type CultureVersionView = { id: string; version: number; vision: string; values: string[]; mission: string };

/** Two versions side by side, field by field, with what changed marked. */
export function CultureCompare({ versions }: { versions: CultureVersionView[] }) {
  const t = useTranslations("settings.culture");
  const [leftId, setLeftId] = useState(versions[1]?.id ?? versions[0]?.id ?? "");
  const [rightId, setRightId] = useState(versions[0]?.id ?? "");
  if (versions.length < 2) return null;
  const left = versions.find((version) => version.id === leftId);
  const right = versions.find((version) => version.id === rightId);
  const fields = [
    { key: "vision", label: t("vision"), a: left?.vision ?? "", b: right?.vision ?? "" },
    { key: "values", label: t("values"), a: left?.values.join("\n") ?? "", b: right?.values.join("\n") ?? "" },
    { key: "mission", label: t("mission"), a: left?.mission ?? "", b: right?.mission ?? "" },
  ];
  const picker = (id: string, value: string, onChange: (next: string) => void, label: string) => (
    <label htmlFor={id} className="flex items-center gap-2 text-sm">
      <span>{label}</span>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)} inline>
        {versions.map((version) => (
          <option key={version.id} value={version.id}>
            {version.version}
          </option>
        ))}
      </Select>
    </label>
  );
  return (
    <section aria-labelledby="compare-heading" className="space-y-3">
      <h3 id="compare-heading" className="font-semibold">
        {t("compare")}
      </h3>
      <div className="flex flex-wrap items-center gap-3">
        {picker("compare-left", leftId, setLeftId, t("compareWith"))}
        {picker("compare-right", rightId, setRightId, t("and"))}
      </div>
      <dl className="space-y-3">
        {fields.map((field) => {
          const changed = field.a !== field.b;
          return (
            <div key={field.key} className="rounded-md border border-stone-200 p-3">
              <dt className="flex items-center justify-between text-sm font-medium">
                <span>{field.label}</span>
                <span className={changed ? "rounded bg-amber-100 px-2 text-amber-900" : "text-stone-600"}>{changed ? t("changed") : t("unchanged")}</span>
              </dt>
              <dd className="mt-2 grid gap-3 sm:grid-cols-2">
                <p className="whitespace-pre-line text-sm text-stone-700">{field.a}</p>
                <p className="whitespace-pre-line text-sm text-stone-900">{field.b}</p>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
