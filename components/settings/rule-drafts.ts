import type { RuleCheckKind, RuleDraftInput } from "@/lib/rules";

// The rule editor's working copy: every parameter as the text in its field, so a
// half-typed number is kept as typed and only the engine's schema judges it.

export type CheckChoice = RuleCheckKind | "none";

export type RuleDraftState = {
  key: string;
  title: string;
  explanation: string;
  severity: "WARN" | "BLOCK";
  kind: CheckChoice;
  words: string;
  match: "whole_word" | "anywhere";
  maxLinks: string;
  domains: string;
  minLength: string;
  maxLength: string;
  maxPosts: string;
  windowMinutes: string;
  windowHours: string;
};

export type StoredRule = { title: string; explanation: string; severity: "WARN" | "BLOCK"; checkKind: string | null; checkParams: unknown };

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
const number = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

export function emptyDraft(): RuleDraftState {
  return {
    // Random, not a counter: drafts made on the server and in the browser must not collide.
    key: `rule-${crypto.randomUUID()}`,
    title: "",
    explanation: "",
    severity: "BLOCK",
    kind: "none",
    words: "",
    match: "whole_word",
    maxLinks: "2",
    domains: "",
    minLength: "0",
    maxLength: "5000",
    maxPosts: "5",
    windowMinutes: "1440",
    windowHours: "24",
  };
}

export function draftFromStored(rule: StoredRule): RuleDraftState {
  const params = (rule.checkParams ?? {}) as Record<string, unknown>;
  const text = (value: unknown, fallback: string) => (typeof value === "number" ? String(value) : fallback);
  const list = (value: unknown) => (Array.isArray(value) ? value.join("\n") : "");
  const draft = emptyDraft();
  return {
    ...draft,
    title: rule.title,
    explanation: rule.explanation,
    severity: rule.severity,
    kind: (rule.checkKind as CheckChoice | null) ?? "none",
    words: list(params.words),
    match: params.match === "anywhere" ? "anywhere" : "whole_word",
    maxLinks: text(params.max, draft.maxLinks),
    domains: list(params.domains),
    minLength: text(params.min, draft.minLength),
    maxLength: text(params.max, draft.maxLength),
    maxPosts: text(params.maxPosts, draft.maxPosts),
    windowMinutes: text(params.windowMinutes, draft.windowMinutes),
    windowHours: text(params.windowHours, draft.windowHours),
  };
}

/** The draft in the engine's input form (what is published and what the preview compiles). */
export function toRuleInput(draft: RuleDraftState): RuleDraftInput {
  const base = { title: draft.title, explanation: draft.explanation, severity: draft.severity };
  switch (draft.kind) {
    case "none":
      return { ...base, check: null };
    case "BANNED_WORDS":
      return { ...base, check: { kind: "BANNED_WORDS", params: { words: lines(draft.words), match: draft.match } } };
    case "MAX_LINKS":
      return { ...base, check: { kind: "MAX_LINKS", params: { max: number(draft.maxLinks) } } };
    case "ALLOWED_DOMAINS":
      return { ...base, check: { kind: "ALLOWED_DOMAINS", params: { domains: lines(draft.domains) } } };
    case "LENGTH":
      return { ...base, check: { kind: "LENGTH", params: { min: number(draft.minLength), max: number(draft.maxLength) } } };
    case "RATE_LIMIT":
      return { ...base, check: { kind: "RATE_LIMIT", params: { maxPosts: number(draft.maxPosts), windowMinutes: number(draft.windowMinutes) } } };
    case "NO_DUPLICATES":
      return { ...base, check: { kind: "NO_DUPLICATES", params: { windowHours: number(draft.windowHours) } } };
  }
}
