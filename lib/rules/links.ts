import type { PreparedText } from "./normalise";
import { IDEOGRAPHIC_TLDS, KNOWN_TLDS } from "./tlds";

// Finds links in the normal form of a text (see normalise.ts: "ｅｘａｍｐｌｅ．ｃｏｍ" is
// already "example.com" there). A link is what a reader would see as one: an http(s)://
// URL, a www. address, or a bare domain with a known top-level domain ("example.com",
// "example。cn" with an ideographic full stop). E-mail addresses are not links.
// A hand-written scanner over code units rather than a regular expression: it starts only
// at the dots and colons the normaliser marked, touches each unit at most twice, and
// builds a string only for hosts it accepts.

export type FoundLink = { host: string; start: number };

const DOT = 0x2e;
const IDEOGRAPHIC_DOT = 0x3002; // what "｡" and "︒" fold to; browsers accept it in hosts
const HYPHEN = 0x2d;

const isAsciiAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const isDotUnit = (c: number) => c === DOT || c === IDEOGRAPHIC_DOT;
const isAsciiHostUnit = (c: number) => isAsciiAlnum(c) || c === HYPHEN || isDotUnit(c);
/** Dots and hyphens around a host are punctuation, not part of it. */
const isHostEdgeUnit = (c: number) => isDotUnit(c) || c === HYPHEN;

const UNICODE_LABEL_CHAR = /^[\p{L}\p{N}\p{M}]$/u; // fixed; consulted only inside scheme/www hosts

/** Host units of a link with a scheme or www.: internationalised labels allowed. */
function isUnicodeHostUnit(units: Uint16Array, i: number): boolean {
  const c = units[i] as number;
  if (c < 0x80 || c === IDEOGRAPHIC_DOT) return isAsciiHostUnit(c);
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isUnicodeHostUnit(units, i - 1); // second half of a pair
  const next = units[i + 1] ?? 0;
  const codePoint = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000 : c;
  return UNICODE_LABEL_CHAR.test(String.fromCodePoint(codePoint));
}

/** Units that may follow a host in the same link (port, path, query, fragment). */
const isUrlTailUnit = (c: number) => c > 0x20 && c < 0x7f && c !== 0x22 && c !== 0x27 && c !== 0x3c && c !== 0x3e && c !== 0x60;

function skipUrlTail(units: Uint16Array, from: number): number {
  let i = from;
  while (i < units.length && isUrlTailUnit(units[i] as number)) i++;
  return i;
}

function hostEnd(units: Uint16Array, from: number, unicode: boolean): number {
  let i = from;
  while (i < units.length && (unicode ? isUnicodeHostUnit(units, i) : isAsciiHostUnit(units[i] as number))) i++;
  return i;
}

function unitsText(units: Uint16Array, start: number, end: number): string {
  let text = "";
  for (let i = start; i < end; i++) text += String.fromCharCode(units[i] as number);
  return text;
}

/** The host in units[start .. end) if it looks like one: at most 253 units, labels of
 *  1–63 units without a hyphen at either end, and a plausible top-level domain (a known one when
 *  `requireKnownTld`). Dots and hyphens around it are punctuation, not part of it. */
function toHost(units: Uint16Array, from: number, to: number, requireKnownTld: boolean): string | null {
  let start = from;
  let end = to;
  while (start < end && isHostEdgeUnit(units[start] as number)) start++;
  while (end > start && isHostEdgeUnit(units[end - 1] as number)) end--;
  if (start === end || end - start > 253) return null; // DNS names have at most 253 characters
  let labelStart = start;
  let labels = 1;
  let hasIdeographicDot = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? (units[i] as number) : DOT;
    if (!isDotUnit(c)) continue;
    const length = i - labelStart;
    if (length === 0 || length > 63 || units[labelStart] === HYPHEN || units[i - 1] === HYPHEN) return null;
    if (c === IDEOGRAPHIC_DOT) hasIdeographicDot = true;
    if (i < end) {
      labels++;
      labelStart = i + 1;
    }
  }
  if (requireKnownTld) {
    if (labels < 2) return null;
    const tld = unitsText(units, labelStart, end);
    if (!tld.startsWith("xn--") && !(hasIdeographicDot ? IDEOGRAPHIC_TLDS : KNOWN_TLDS).has(tld)) return null;
  }
  const host = unitsText(units, start, end);
  return hasIdeographicDot ? host.replaceAll("\u3002", ".") : host;
}

function startsWithAt(units: Uint16Array, at: number, prefix: string): boolean {
  if (at < 0 || at + prefix.length > units.length) return false;
  for (let i = 0; i < prefix.length; i++) if (units[at + i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** A link at "://" (http or https); returns where scanning resumes. */
function readSchemeLink(units: Uint16Array, colon: number, from: number, links: FoundLink[]): number {
  const start = startsWithAt(units, colon - 5, "https") ? colon - 5 : startsWithAt(units, colon - 4, "http") ? colon - 4 : -1;
  if (start < from || (start > 0 && isAsciiAlnum(units[start - 1] as number))) return colon + 3;
  const end = hostEnd(units, colon + 3, true);
  const host = toHost(units, colon + 3, end, false);
  if (host !== null) links.push({ host, start });
  return skipUrlTail(units, end);
}

/** A www. address or bare domain around the dot at `dot`; returns where scanning resumes. */
function readBareLink(units: Uint16Array, dot: number, from: number, links: FoundLink[]): number {
  // Most dots end sentences: nothing host-like right after them.
  const after = units[dot + 1] ?? 0;
  if (!isAsciiAlnum(after) && after < 0x80) return dot + 1;
  let start = dot;
  while (start > from && isAsciiHostUnit(units[start - 1] as number)) start--;
  if (start === dot) return dot + 1;
  const isWww = startsWithAt(units, start, "www.") || startsWithAt(units, start, "www\u3002");
  const end = hostEnd(units, dot, isWww);
  if (start > 0 && units[start - 1] === 0x40) return end; // someone@example.com
  // A www. address needs two labels after "www" but not a known top-level domain.
  let host = toHost(units, start, end, true);
  if (host === null && isWww) {
    host = toHost(units, start, end, false);
    if (host !== null && host.indexOf(".") === host.lastIndexOf(".")) host = null;
  }
  if (host === null) return Math.max(end, dot + 1);
  links.push({ host, start });
  return skipUrlTail(units, end);
}

/** Links in a prepared text, in order of appearance. Only the marked units (".", ":" and
 *  "。", noted while normalising) are looked at closely. */
export function extractLinks(text: Pick<PreparedText, "units" | "length" | "marks">): FoundLink[] {
  const units = text.units.subarray(0, text.length);
  const links: FoundLink[] = [];
  let from = 0;
  for (const at of text.marks) {
    if (at < from) continue; // inside a link already read
    const c = units[at] as number;
    if (c === 0x3a) {
      if (units[at + 1] === 0x2f && units[at + 2] === 0x2f) from = readSchemeLink(units, at, from, links);
    } else {
      from = readBareLink(units, at, from, links);
    }
  }
  return links;
}
