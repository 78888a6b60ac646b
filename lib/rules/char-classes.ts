// Character classes for normalisation, as lookup tables over UTF-16 code units.
// Tables (not `\p{…}` regular expressions) because the normaliser runs on every post:
// a table lookup is one load per code unit, while a Unicode property class in a regular
// expression measured ~4 ns per code unit on a 10 kB post.

/** Code points removed before matching: \p{Cf} ∪ \p{Default_Ignorable_Code_Point} ∪
 *  (\p{Cc} − whitespace), as of Unicode 17 (a test compares this list with the
 *  engine's own property data). Zero-width spaces, joiners, bidi controls, soft
 *  hyphens, variation selectors, Hangul fillers and tag characters hide words from
 *  a filter while staying invisible to a reader. */
export const IGNORABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0008], [0x000e, 0x001f], [0x007f, 0x0084], [0x0086, 0x009f], [0x00ad, 0x00ad],
  [0x034f, 0x034f], [0x0600, 0x0605], [0x061c, 0x061c], [0x06dd, 0x06dd], [0x070f, 0x070f],
  [0x0890, 0x0891], [0x08e2, 0x08e2], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xfff0, 0xfffb], [0x110bd, 0x110bd], [0x110cd, 0x110cd],
  [0x13430, 0x1343f], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a], [0xe0000, 0xe0fff],
];

/** Whitespace after NFKC: JavaScript's `\s` (minus U+FEFF, which is ignorable) plus NEL. */
export const WHITESPACE_RANGES: readonly (readonly [number, number])[] = [
  [0x0009, 0x000d], [0x0020, 0x0020], [0x0085, 0x0085], [0x00a0, 0x00a0], [0x1680, 0x1680],
  [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000],
];

export const CHAR_PLAIN = 0;
export const CHAR_IGNORABLE = 1;
export const CHAR_SPACE = 2;
/** Needs a closer look: a surrogate, `ß`, or the combining dot that `İ`.toLowerCase()
 *  leaves behind. */
export const CHAR_SPECIAL = 3;
/** Only in raw-text tables: the character's folded form depends on its neighbours or is
 *  longer than one unit (combining marks, Hangul jamo, final sigma, ligatures, "①"…), so
 *  the whole text goes through String.prototype.normalize and toLowerCase. */
export const CHAR_NEEDS_FOLD = 4;

/** Per code unit: `map` gives its folded unit (0: see `kind`), `kind` its class.
 *  `asciiMap` is the first 128 entries of `map` again, small enough to stay in cache. */
export type CharTables = { readonly map: Uint16Array; readonly kind: Uint8Array; readonly asciiMap: Uint16Array };

/** Tables for text that is already NFKC + lower-cased: plain units map to themselves. */
function buildFoldedTables(): CharTables {
  const kind = new Uint8Array(0x10000);
  for (const [from, to] of IGNORABLE_RANGES) {
    if (from <= 0xffff) kind.fill(CHAR_IGNORABLE, from, to + 1);
  }
  for (const [from, to] of WHITESPACE_RANGES) kind.fill(CHAR_SPACE, from, to + 1);
  kind.fill(CHAR_SPECIAL, 0xd800, 0xe000);
  kind[0x00df] = CHAR_SPECIAL; // ß → ss (full case folding, cheap to do here)
  kind[0x0307] = CHAR_SPECIAL; // i + U+0307 → i (what "İ".toLowerCase() produces)
  const map = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (kind[c] === CHAR_PLAIN) map[c] = c;
  return { map, kind, asciiMap: map.slice(0, 0x80) };
}

export const FOLDED_TABLES: CharTables = buildFoldedTables();

const COMBINING_MARK = /^\p{M}$/u;
const EMOJI_HIGH_SURROGATE = 0xd83d; // U+1F400–U+1F7FF: emoji, no folding (a test checks)

/** Tables for raw text, folding as it goes: a unit whose NFKC + lower-case form is one
 *  stable unit on its own (ASCII capitals, full-width forms, most of everything) maps
 *  straight to it; anything that could interact with its neighbours asks for a full fold.
 *  Built on first use (~15 ms): it asks the engine about every BMP code unit, so the
 *  fast path agrees with normalize("NFKC").toLowerCase() by construction. */
function buildRawTables(): CharTables {
  const folded = FOLDED_TABLES;
  const kind = new Uint8Array(0x10000);
  const map = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      kind[c] = c === EMOJI_HIGH_SURROGATE || c >= 0xdc00 ? CHAR_SPECIAL : CHAR_NEEDS_FOLD;
      continue;
    }
    const char = String.fromCharCode(c);
    const fold = char.normalize("NFKC").toLowerCase();
    const unit = fold.charCodeAt(0);
    const isSimple =
      fold.length === 1 &&
      char.normalize("NFKC") !== "\u03a3" && // Σ lower-cases to ς or σ by what follows
      !COMBINING_MARK.test(char) &&
      !COMBINING_MARK.test(fold) &&
      !(unit >= 0x1161 && unit <= 0x1175) && // Hangul vowel and final jamo compose with
      !(unit >= 0x11a8 && unit <= 0x11c2) && // the syllable before them
      fold.normalize("NFKC") === fold &&
      fold.toLowerCase() === fold;
    const foldedKind = folded.kind[unit] as number;
    if (!isSimple) kind[c] = CHAR_NEEDS_FOLD;
    else if (foldedKind === CHAR_PLAIN) map[c] = unit;
    // A special character must be itself (ß, not ẞ, which folds to it) to be handled here.
    else kind[c] = foldedKind === CHAR_SPECIAL && unit !== c ? CHAR_NEEDS_FOLD : foldedKind;
  }
  return { map, kind, asciiMap: map.slice(0, 0x80) };
}

let rawTables: CharTables | null = null;

export function getRawTables(): CharTables {
  return (rawTables ??= buildRawTables());
}

export function isIgnorableCodePoint(codePoint: number): boolean {
  for (const [from, to] of IGNORABLE_RANGES) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}
