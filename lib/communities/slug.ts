import { pinyin } from "pinyin-pro";

// A community's web address. Derived from the name (Chinese names through pinyin),
// editable by the owner, and checked by the same pattern the database enforces.

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,46})[a-z0-9]$/;
export const SLUG_MAX = 48;

const HAN = /\p{Script=Han}/u;

export function deriveSlug(name: string): string {
  const normalised = name.normalize("NFKC");
  const romanised = HAN.test(normalised)
    ? pinyin(normalised, { toneType: "none", type: "array", nonZh: "consecutive" }).join(" ")
    : normalised;
  const base = romanised
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, "");
  if (base.length >= 3) return base;
  return base ? `${base}-community` : "community";
}

/** The n-th alternative for a taken slug: name-2, name-3, … (kept within the length limit). */
export function slugCandidate(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/g, "")}${suffix}`;
}
