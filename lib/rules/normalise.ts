import {
  CHAR_IGNORABLE,
  CHAR_NEEDS_FOLD,
  CHAR_SPACE,
  type CharTables,
  FOLDED_TABLES,
  getRawTables,
  isIgnorableCodePoint,
} from "./char-classes";
import { type Automaton, buildAutomaton, collectMatches, LAST_MARK_SYMBOL, nextState } from "./aho-corasick";
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
// characters, notes where links could be and finds banned words.

export type PreparedText = {
  /** The normal form as UTF-16 code units, in `units[0 .. length)`. */
  units: Uint16Array;
  length: number;
  /** Code points in the normal form (what a person calls "characters"). */
  codePoints: number;
  /** Positions of ".", ":" and "。" in the normal form: where links can be (links.ts). */
  marks: number[];
  /** With an automaton: each (pattern, end) it found in the normal form, flat, by end. */
  matches: number[];
};

type Pass = PreparedText & { recompose: boolean };

const EMPTY_AUTOMATON = buildAutomaton([]);

/** Feeds one unit written at `end - 1` to the automaton; returns the new state. */
function advance(automaton: Automaton, state: number, unit: number, end: number, matches: number[]): number {
  const next = nextState(automaton, state, unit);
  if ((automaton.firstOutput[next] as number) >= 0) collectMatches(automaton, next, end, matches);
  return next;
}

/** Folds (through `tables`), strips invisible characters and collapses whitespace in one
 *  pass, feeding what it writes to the automaton. Returns null when a character needs the
 *  engine's full NFKC + lower-casing. */
function runPass(text: string, tables: CharTables, automaton: Automaton): Pass | null {
  const { map, kind, asciiMap } = tables;
  const { pageOf, symbols, asciiSymbols, rootNext, edgeStart, edgeSymbol, edgeTarget, fail, firstOutput } = automaton;
  const spaceSymbol = asciiSymbols[0x20] as number;
  // Imported constants copied into locals: read in the loop as imports, they are
  // module-binding loads with hole checks (a few per cent on the benchmark under tsx).
  const lastMarkSymbol = LAST_MARK_SYMBOL;
  const spaceClass = CHAR_SPACE;
  const ignorableClass = CHAR_IGNORABLE;
  const needsFoldClass = CHAR_NEEDS_FOLD;
  const n = text.length;
  let out: Uint16Array = new Uint16Array(n + 16);
  let o = 0;
  let state = 0;
  const matches: number[] = [];
  const marks: number[] = [];
  let pairs = 0;
  let pendingSpace = false;
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
        if (o > 0) {
          out[o++] = 0x20;
          // Usually no banned word has a space: then a space just resets the automaton.
          state = spaceSymbol === 0 ? 0 : advance(automaton, state, 0x20, o, matches);
        }
      }
      out[o++] = unit;
      // The automaton step, written out here rather than calling nextState: on a 10 kB
      // post this loop measured ~35% faster than normalising and scanning separately.
      const symbol = (unit < 0x80 ? asciiSymbols[unit] : symbols[((pageOf[unit >>> 8] as number) << 8) | (unit & 0xff)]) as number;
      if (symbol === 0) {
        state = 0;
        continue;
      }
      if (symbol <= lastMarkSymbol) marks.push(o - 1);
      for (;;) {
        if (state === 0) {
          state = rootNext[symbol] as number;
          break;
        }
        let next = -1;
        const last = edgeStart[state + 1] as number;
        for (let e = edgeStart[state] as number; e < last; e++) {
          const edge = edgeSymbol[e] as number;
          if (edge >= symbol) {
            if (edge === symbol) next = edgeTarget[e] as number;
            break;
          }
        }
        if (next >= 0) {
          state = next;
          break;
        }
        state = fail[state] as number;
      }
      if ((firstOutput[state] as number) >= 0) collectMatches(automaton, state, o, matches);
      continue;
    }
    const cls = kind[c];
    if (cls === spaceClass) {
      pendingSpace = true;
      continue;
    }
    if (cls === ignorableClass) {
      recompose = true;
      continue;
    }
    if (cls === needsFoldClass) return null;
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
    const from = o;
    if (pendingSpace) {
      pendingSpace = false;
      if (o > 0) out[o++] = 0x20;
    }
    if (c === 0x00df) {
      out[o++] = 0x73;
      out[o++] = 0x73;
      recompose = true;
    } else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      out[o++] = c;
      out[o++] = text.charCodeAt(++i);
      pairs++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out[o++] = 0xfffd; // an unpaired surrogate is not text
    } else {
      out[o++] = c;
    }
    for (let k = from; k < o; k++) state = advance(automaton, state, out[k] as number, k + 1, matches);
  }
  return { units: out, length: o, codePoints: o - pairs, marks, matches, recompose };
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
  const { units, length, codePoints, marks, matches } = pass;
  return { units, length, codePoints, marks, matches };
}

/** The normal form of `text` as code units (no string is built), and where `automaton`
 *  (by default one that matches nothing) finds its patterns in it. */
export function prepareText(text: string, automaton: Automaton = EMPTY_AUTOMATON): PreparedText {
  // Fast path: most text folds one unit at a time (ASCII, CJK, full-width forms), so one
  // pass does everything. Nothing there needs recomposing: combining marks always take
  // the slow path.
  const fast = runPass(text, getRawTables(), automaton);
  if (fast !== null) return toPrepared(fast);
  // Slow path: the engine folds, then the tables clean; when cleaning may have made
  // something NFKC composes, one more round makes the result stable.
  let folded = foldText(text);
  for (let pass = 0; ; pass++) {
    const result = runPass(folded, FOLDED_TABLES, automaton) as Pass; // folded tables never refuse
    if (!result.recompose || pass === 2) return toPrepared(result);
    folded = foldText(unitsToString(result.units, result.length));
  }
}

/** The normal form of a text (see the top of this file). Pure; also runs in browsers. */
export function normaliseText(text: string): string {
  const prepared = prepareText(text);
  return unitsToString(prepared.units, prepared.length);
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
