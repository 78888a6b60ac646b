import {
  CHAR_IGNORABLE,
  CHAR_NEEDS_FOLD,
  CHAR_SPACE,
  type CharTables,
  FOLDED_TABLES,
  getRawTables,
  isIgnorableCodePoint,
} from "./char-classes";
import { hashUnits } from "./hash";

// Text normalisation for matching. The normal form of a text is:
//   NFKC (full-width → half-width, ligatures and other compatibility forms unfolded)
//   → lower case (plus ß → ss, and the dot that "İ".toLowerCase() leaves is dropped)
//   → invisible characters removed (see char-classes.ts)
//   → every run of whitespace becomes one space, none at either end;
//   unpaired surrogates become U+FFFD.
// Banned words and posts both pass through it, and words are then found as plain text.
//
// Posts are long and checked often, so one pass over a post folds, cleans, counts
// characters and notes where links could be (banned words are a second pass, evaluate.ts).

export type PreparedText = {
  /** The normal form as UTF-16 code units, in `units[0 .. length)`. */
  units: Uint16Array;
  length: number;
  /** Code points in the normal form (what a person calls "characters"). */
  codePoints: number;
  /** A string equal to the normal form, when one exists without building it. */
  unchanged: string | null;
  /** Positions of ".", ":" and "。" in the normal form: where links can be (links.ts). */
  marks: number[];
};

type Pass = PreparedText & { recompose: boolean };

/** Folds (through `tables`), strips invisible characters and collapses whitespace in one
 *  pass. Returns null when a character needs the engine's full NFKC + lower-casing. */
function runPass(text: string, tables: CharTables): Pass | null {
  const { map, kind, asciiMap } = tables;
  const n = text.length;
  let out: Uint16Array = new Uint16Array(n + 16);
  let o = 0;
  const marks: number[] = [];
  let pairs = 0;
  let pendingSpace = false;
  let rewrote = false; // wrote something other than the input unit
  // Removed or expanded a character, which can bring a letter next to a combining mark
  // ("e\u200B\u0301", "ß\u0301" → "ss\u0301") that NFKC would then compose.
  let recompose = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Two small fast paths keep the hot loop out of the 128 kB table (cache misses
    // measured ~2 ns per unit): ASCII, and CJK ideographs, which never fold.
    const unit = c < 0x80 ? (asciiMap[c] as number) : c >= 0x4e00 && c <= 0x9fff ? c : (map[c] as number);
    if (unit !== 0) {
      if (pendingSpace) {
        pendingSpace = false;
        if (o > 0) out[o++] = 0x20;
      }
      if (unit !== c) rewrote = true;
      if (unit === 0x2e || unit === 0x3a || unit === 0x3002) marks.push(o);
      out[o++] = unit;
      continue;
    }
    const cls = kind[c];
    if (cls === CHAR_SPACE) {
      if (c !== 0x20) rewrote = true;
      pendingSpace = true;
      continue;
    }
    if (cls === CHAR_IGNORABLE) {
      recompose = true;
      continue;
    }
    if (cls === CHAR_NEEDS_FOLD) return null;
    // Special: surrogates, ß and U+0307.
    if (c === 0x0307 && !pendingSpace && o > 0 && out[o - 1] === 0x69) {
      recompose = true;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      const codePoint = ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      if (isIgnorableCodePoint(codePoint)) {
        i++;
        recompose = true;
        continue;
      }
    }
    // ß writes two units; make room for them and for everything after them.
    if (out.length - o < n - i + 3) out = growUnits(out, o + n - i + 3);
    if (pendingSpace) {
      pendingSpace = false;
      if (o > 0) out[o++] = 0x20;
    }
    if (c === 0x00df) {
      out[o++] = 0x73;
      out[o++] = 0x73;
      rewrote = true;
      recompose = true;
    } else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      out[o++] = c;
      out[o++] = text.charCodeAt(++i);
      pairs++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out[o++] = 0xfffd; // an unpaired surrogate is not text
      rewrote = true;
    } else {
      out[o++] = c;
    }
  }
  const changed = rewrote || recompose || o !== n;
  return { units: out, length: o, codePoints: o - pairs, unchanged: changed ? null : text, marks, recompose };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff; // false for NaN past the end
}

function growUnits(units: Uint16Array, minimum: number): Uint16Array {
  const bigger = new Uint16Array(Math.max(minimum, units.length * 2));
  bigger.set(units);
  return bigger;
}

function foldText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function toPrepared(pass: Pass): PreparedText {
  const { units, length, codePoints, unchanged, marks } = pass;
  return { units, length, codePoints, unchanged, marks };
}

/** The normal form of `text` as code units, for scanning without building a string. */
export function prepareText(text: string): PreparedText {
  // Fast path: most text folds one unit at a time (ASCII, CJK, full-width forms), so one
  // pass does everything. Nothing there needs recomposing: combining marks always take
  // the slow path.
  const fast = runPass(text, getRawTables());
  if (fast !== null) return toPrepared(fast);
  // Slow path: the engine folds, then the tables clean; when cleaning may have made
  // something NFKC composes, one more round makes the result stable.
  let folded = foldText(text);
  for (let pass = 0; ; pass++) {
    const result = runPass(folded, FOLDED_TABLES) as Pass; // folded tables never refuse
    if (!result.recompose || pass === 2) return toPrepared(result);
    folded = foldText(unitsToString(result.units, result.length));
  }
}

/** The normal form of a text (see the top of this file). Pure; also runs in browsers. */
export function normaliseText(text: string): string {
  const prepared = prepareText(text);
  return prepared.unchanged ?? unitsToString(prepared.units, prepared.length);
}

/** Hash of a post body's normal form, for posts.body_hash: equal for bodies that differ
 *  only in width, case, invisible characters or whitespace. No node:crypto, so it also
 *  runs in browsers. */
export function normalisedBodyHash(body: string): string {
  const prepared = prepareText(body);
  return hashUnits(prepared.units, prepared.length);
}

const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16Decoder = createUtf16Decoder();

function createUtf16Decoder(): TextDecoder | null {
  if (!isLittleEndian || typeof TextDecoder === "undefined") return null;
  try {
    return new TextDecoder("utf-16le");
  } catch {
    return null;
  }
}

/** Builds a string from code units (all surrogates are paired, so decoding is lossless). */
export function unitsToString(units: Uint16Array, length: number): string {
  const view = units.subarray(0, length);
  if (utf16Decoder) return utf16Decoder.decode(view);
  let text = "";
  for (let i = 0; i < length; i += 4096) {
    text += String.fromCharCode(...view.subarray(i, Math.min(length, i + 4096)));
  }
  return text;
}
