"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormShell } from "@/components/forms/form-shell";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { ActionState } from "@/lib/shared/action-state";
import { moveItem } from "./move-item";
import { ReorderControls } from "./reorder-controls";
import { type CheckChoice, emptyDraft, type RuleDraftState, toRuleInput } from "./rule-drafts";
import { RuleParamsFields } from "./rule-params-fields";
import { TryAPost } from "./try-a-post";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
const choices: CheckChoice[] = ["none", "BANNED_WORDS", "MAX_LINKS", "ALLOWED_DOMAINS", "LENGTH", "RATE_LIMIT", "NO_DUPLICATES"];

/** The ordered group rules, each with an optional server check, and a live preview. */
export function RuleEditor({ action, slug, initial }: { action: Action; slug: string; initial: RuleDraftState[] }) {
  const t = useTranslations("settings.rules");
  const tRules = useTranslations("rules");
  const [drafts, setDrafts] = useState<RuleDraftState[]>(initial);
  const update = (index: number, patch: Partial<RuleDraftState>) => setDrafts((all) => all.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  const inputs = drafts.map(toRuleInput);

  return (
    <div className="space-y-6">
      <FormShell action={action} submitLabel={t("publish")}>
        {({ error, state }) => (
          <>
            <input type="hidden" name="slug" value={slug} />
            <input type="hidden" name="rules" value={JSON.stringify(inputs)} />
            {error("rules") ? <p className="text-sm font-medium text-red-700">{error("rules")}</p> : null}
            {state.status === "success" ? <p className="sr-only">{t("published", { version: (state.data as { version: number }).version })}</p> : null}
            <ol className="space-y-4">
              {drafts.map((draft, index) => {
                const number = index + 1;
                const prefix = `rules.${index}`;
                const problems =
                  state.status === "error"
                    ? Object.keys(state.fieldErrors ?? {})
                        .filter((key) => key === prefix || key.startsWith(`${prefix}.`))
                        .map((key) => error(key))
                    : [];
                return (
                  <li key={draft.key} className="space-y-3 rounded-md border border-stone-200 bg-white p-4" aria-invalid={problems.length > 0 ? true : undefined}>
                    <div className="flex items-center gap-2">
                      <span className="font-medium">{t("rule", { number })}</span>
                      <ReorderControls
                        isFirst={index === 0}
                        isLast={index === drafts.length - 1}
                        labels={{ up: t("moveUp", { number }), down: t("moveDown", { number }), remove: t("remove", { number }) }}
                        onMove={(direction) => setDrafts((all) => moveItem(all, index, index + direction))}
                        onRemove={() => setDrafts((all) => all.filter((_, at) => at !== index))}
                      />
                    </div>
                    <label className="block text-sm font-medium" htmlFor={`${draft.key}-title`}>
                      {tRules("editor.title")}
                    </label>
                    <Input id={`${draft.key}-title`} value={draft.title} maxLength={120} onChange={(event) => update(index, { title: event.target.value })} />
                    <label className="block text-sm font-medium" htmlFor={`${draft.key}-explanation`}>
                      {tRules("editor.explanation")}
                    </label>
                    <Textarea id={`${draft.key}-explanation`} rows={2} value={draft.explanation} maxLength={2000} onChange={(event) => update(index, { explanation: event.target.value })} />
                    <div className="grid gap-3 sm:grid-cols-2">
                      <label className="space-y-1 text-sm" htmlFor={`${draft.key}-severity`}>
                        <span className="block font-medium">{tRules("editor.severity")}</span>
                        <Select id={`${draft.key}-severity`} value={draft.severity} onChange={(event) => update(index, { severity: event.target.value as "WARN" | "BLOCK" })}>
                          <option value="BLOCK">{tRules("severities.BLOCK.name")}</option>
                          <option value="WARN">{tRules("severities.WARN.name")}</option>
                        </Select>
                      </label>
                      <label className="space-y-1 text-sm" htmlFor={`${draft.key}-kind`}>
                        <span className="block font-medium">{tRules("editor.check")}</span>
                        <Select id={`${draft.key}-kind`} value={draft.kind} onChange={(event) => update(index, { kind: event.target.value as CheckChoice })}>
                          {choices.map((choice) => (
                            <option key={choice} value={choice}>
                              {tRules(`kinds.${choice}.name`)}
                            </option>
                          ))}
                        </Select>
                      </label>
                    </div>
                    <p className="text-xs text-stone-600">{tRules(`kinds.${draft.kind}.description`)}</p>
                    <RuleParamsFields draft={draft} onChange={(patch) => update(index, patch)} />
                    {problems.length > 0 ? (
                      <ul className="list-disc pl-5 text-sm font-medium text-red-700">
                        {problems.map((problem, at) => (
                          <li key={at}>{problem}</li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ol>
            <Button type="button" variant="secondary" onClick={() => setDrafts((all) => [...all, emptyDraft()])}>
              {t("addRule")}
            </Button>
          </>
        )}
      </FormShell>
      <TryAPost rules={inputs} />
    </div>
  );
}
