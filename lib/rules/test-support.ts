// Shared by the lib/rules tests only: a slow, obviously-correct normaliser built from the
// engine's own Unicode data, and fast-check arbitraries for awkward text.
import fc from "fast-check";

const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cc}]/gu;
const WHITESPACE_RUN = /[\s\u0085]+/g;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function isWhitespace(char: string): boolean {
  return /^[\s\u0085]$/.test(char) && char !== "\uFEFF";
}

/** The normal form as normalise.ts documents it, step by step, repeated until stable. */
export function referenceNormalise(text: string): string {
  let current = text;
  for (let round = 0; round < 5; round++) {
    const next = current
      .normalize("NFKC")
      .toLowerCase()
      .replace(UNPAIRED_SURROGATE, "\uFFFD")
      .replace(INVISIBLE, (char) => (isWhitespace(char) ? char : ""))
      .replaceAll("ß", "ss")
      .replaceAll("i\u0307", "i")
      .replace(WHITESPACE_RUN, " ")
      .trim();
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** Characters that stress normalisation: widths, cases, invisibles, marks, jamo, astral. */
export const AWKWARD_CHARS = [
  ..."aAzZ09 .,:/-_",
  ..."Ａｚ０９．：／",
  "\u3000", "\t", "\n", "\r", "\u0085", "\u00a0", "\u2028",
  "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u{e0041}", "\ufe0f", "\u3164",
  "\u0301", "\u0307", "\u0308", "e", "i", "I",
  "İ", "ı", "ß", "ẞ", "Σ", "σ", "ς", "\u212a", "\u212b", "ﬁ", "①", "㍿", "ℌ", "¨",
  ..."广告打啦中文",
  "\u1100", "\u1161", "\u11a8", "가",
  "😀", "🤔", "𝐀",
  "\ud800", "\udc00",
  "。", "｡",
];

export const awkwardText = (maxLength = 24) =>
  fc.string({ unit: fc.constantFrom(...AWKWARD_CHARS), maxLength });

/** Any code units at all, unpaired surrogates included. */
export const anyUnitsText = (maxLength = 24) =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength });

export const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"];

/** `text` with zero-width characters inserted at the given (wrapped) positions. */
export function insertZeroWidth(text: string, inserts: readonly (readonly [number, number])[]): string {
  const chars = [...text];
  for (const [position, which] of inserts) {
    chars.splice(position % (chars.length + 1), 0, ZERO_WIDTH[which % ZERO_WIDTH.length] as string);
  }
  return chars.join("");
}
