"use client";

import { GripVertical } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FormShell } from "@/components/forms/form-shell";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { ActionState } from "@/lib/shared/action-state";
import { moveItem } from "./move-item";
import { ReorderControls } from "./reorder-controls";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
type Kind = "SHORT_TEXT" | "LONG_TEXT" | "SINGLE_CHOICE";
export type QuestionView = { id: string; prompt: string; kind: Kind; options: string[]; required: boolean };
type Draft = { key: string; id?: string; prompt: string; kind: Kind; optionsText: string; required: boolean };

const kinds: Kind[] = ["SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE"];
let draftCounter = 0;

/**
 * The application questions, in order. Reorder with the arrow buttons (keyboard or
 * mouse) or by dragging; the whole list is saved at once as JSON.
 */
export function QuestionEditor({ action, slug, questions }: { action: Action; slug: string; questions: QuestionView[] }) {
  const t = useTranslations("settings.entry");
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    questions.map((question) => ({ key: question.id, id: question.id, prompt: question.prompt, kind: question.kind, optionsText: question.options.join("\n"), required: question.required })),
  );
  const dragged = useRef<number | null>(null);
  const update = (index: number, patch: Partial<Draft>) => setDrafts((all) => all.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  const payload = JSON.stringify(
    drafts.map((draft) => ({
      ...(draft.id ? { id: draft.id } : {}),
      prompt: draft.prompt,
      kind: draft.kind,
      options: draft.kind === "SINGLE_CHOICE" ? draft.optionsText.split("\n").map((line) => line.trim()).filter(Boolean) : [],
      required: draft.required,
    })),
  );

  return (
    <FormShell action={action} submitLabel={t("saveQuestions")}>
      {({ error }) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="questions" value={payload} />
          {error("questions") ? <p className="text-sm font-medium text-red-700">{error("questions")}</p> : null}
          {drafts.length === 0 ? <p className="text-sm text-stone-600">{t("noQuestions")}</p> : null}
          <ol className="space-y-3">
            {drafts.map((draft, index) => {
              const number = index + 1;
              const base = `questions.${index}`;
              return (
                <li
                  key={draft.key}
                  draggable
                  onDragStart={() => {
                    dragged.current = index;
                  }}
                  onDragOver={(event) => event.preventDefault()}
                  onDrop={() => {
                    if (dragged.current !== null) setDrafts((all) => moveItem(all, dragged.current ?? index, index));
                    dragged.current = null;
                  }}
                  className="space-y-2 rounded-md border border-stone-200 bg-white p-3"
                >
                  <div className="flex items-center gap-2">
                    <GripVertical aria-hidden="true" className="size-4 cursor-grab text-stone-500" />
                    <span className="text-sm font-medium">{t("question", { number })}</span>
                    <ReorderControls
                      isFirst={index === 0}
                      isLast={index === drafts.length - 1}
                      labels={{ up: t("moveUp", { number }), down: t("moveDown", { number }), remove: t("remove", { number }) }}
                      onMove={(direction) => setDrafts((all) => moveItem(all, index, index + direction))}
                      onRemove={() => setDrafts((all) => all.filter((_, at) => at !== index))}
                    />
                  </div>
                  <label className="block text-sm" htmlFor={`q-${draft.key}-prompt`}>
                    {t("prompt")}
                  </label>
                  <Input id={`q-${draft.key}-prompt`} value={draft.prompt} maxLength={500} onChange={(event) => update(index, { prompt: event.target.value })} aria-invalid={error(`${base}.prompt`) ? true : undefined} />
                  {error(`${base}.prompt`) ? <p className="text-sm text-red-700">{error(`${base}.prompt`)}</p> : null}
                  <div className="flex flex-wrap items-center gap-4">
                    <label className="flex items-center gap-2 text-sm" htmlFor={`q-${draft.key}-kind`}>
                      {t("kind")}
                      <Select id={`q-${draft.key}-kind`} value={draft.kind} onChange={(event) => update(index, { kind: event.target.value as Kind })} inline>
                        {kinds.map((kind) => (
                          <option key={kind} value={kind}>
                            {t(`kinds.${kind}`)}
                          </option>
                        ))}
                      </Select>
                    </label>
                    <label className="flex items-center gap-2 text-sm">
                      <input type="checkbox" checked={draft.required} onChange={(event) => update(index, { required: event.target.checked })} className="size-4 accent-canopy-700" />
                      {t("required")}
                    </label>
                  </div>
                  {draft.kind === "SINGLE_CHOICE" ? (
                    <>
                      <label className="block text-sm" htmlFor={`q-${draft.key}-options`}>
                        {t("options")}
                      </label>
                      <Textarea id={`q-${draft.key}-options`} rows={3} value={draft.optionsText} onChange={(event) => update(index, { optionsText: event.target.value })} aria-invalid={error(`${base}.options`) ? true : undefined} />
                      {error(`${base}.options`) ? <p className="text-sm text-red-700">{error(`${base}.options`)}</p> : null}
                    </>
                  ) : null}
                </li>
              );
            })}
          </ol>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              draftCounter += 1;
              setDrafts((all) => [...all, { key: `new-${draftCounter}`, prompt: "", kind: "SHORT_TEXT", optionsText: "", required: true }]);
            }}
          >
            {t("addQuestion")}
          </Button>
        </>
      )}
    </FormShell>
  );
}
