"use client";

import { useTranslations } from "next-intl";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { RuleDraftState } from "./rule-drafts";

/** The parameter fields of one rule's check kind. */
export function RuleParamsFields({ draft, onChange }: { draft: RuleDraftState; onChange: (patch: Partial<RuleDraftState>) => void }) {
  const t = useTranslations("rules.params");
  const id = (name: string) => `${draft.key}-${name}`;
  const numberField = (name: keyof RuleDraftState, label: string) => (
    <label className="space-y-1 text-sm" htmlFor={id(name)}>
      <span className="block font-medium">{label}</span>
      <Input id={id(name)} type="number" inputMode="numeric" value={draft[name]} onChange={(event) => onChange({ [name]: event.target.value })} />
    </label>
  );
  switch (draft.kind) {
    case "none":
      return null;
    case "BANNED_WORDS":
      return (
        <div className="space-y-2">
          <label className="block space-y-1 text-sm" htmlFor={id("words")}>
            <span className="block font-medium">{t("words.label")}</span>
            <Textarea id={id("words")} rows={4} value={draft.words} onChange={(event) => onChange({ words: event.target.value })} />
          </label>
          <label className="block space-y-1 text-sm" htmlFor={id("match")}>
            <span className="block font-medium">{t("match.label")}</span>
            <Select id={id("match")} value={draft.match} onChange={(event) => onChange({ match: event.target.value as "whole_word" | "anywhere" })}>
              <option value="whole_word">{t("match_whole_word")}</option>
              <option value="anywhere">{t("match_anywhere")}</option>
            </Select>
          </label>
        </div>
      );
    case "MAX_LINKS":
      return numberField("maxLinks", t("max_links.label"));
    case "ALLOWED_DOMAINS":
      return (
        <label className="block space-y-1 text-sm" htmlFor={id("domains")}>
          <span className="block font-medium">{t("domains.label")}</span>
          <Textarea id={id("domains")} rows={3} value={draft.domains} onChange={(event) => onChange({ domains: event.target.value })} />
          <span className="block text-xs text-stone-600">{t("domains.hint")}</span>
        </label>
      );
    case "LENGTH":
      return (
        <div className="grid gap-3 sm:grid-cols-2">
          {numberField("minLength", t("min_length.label"))}
          {numberField("maxLength", t("max_length.label"))}
        </div>
      );
    case "RATE_LIMIT":
      return (
        <div className="grid gap-3 sm:grid-cols-2">
          {numberField("maxPosts", t("max_posts.label"))}
          {numberField("windowMinutes", t("window_minutes.label"))}
        </div>
      );
    case "NO_DUPLICATES":
      return numberField("windowHours", t("window_hours.label"));
  }
}
