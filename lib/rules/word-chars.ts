// "Whole word" matching for scripts written with spaces between words. A banned "ad"
// should not refuse "address", but Chinese and Japanese have no spaces, so 广告 must
// match inside 打广告啦: characters of those scripts never count as word characters.
// Fixed regular expressions, never built from input; only consulted around a match.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}_]$/u;
const UNSPACED_SCRIPT = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]$/u;

export function isSpacedWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (
      (codePoint >= 0x61 && codePoint <= 0x7a) ||
      (codePoint >= 0x41 && codePoint <= 0x5a) ||
      (codePoint >= 0x30 && codePoint <= 0x39) ||
      codePoint === 0x5f
    );
  }
  const char = String.fromCodePoint(codePoint);
  return LETTER_OR_DIGIT.test(char) && !UNSPACED_SCRIPT.test(char);
}

/** Code point that ends just before `index` in `units`, or -1 at the start. */
export function codePointBefore(units: Uint16Array, index: number): number {
  if (index <= 0) return -1;
  const last = units[index - 1] as number;
  if (last >= 0xdc00 && last <= 0xdfff && index >= 2) {
    const high = units[index - 2] as number;
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (last - 0xdc00) + 0x10000;
  }
  return last;
}

/** Code point that starts at `index` in `units[0 .. length)`, or -1 at the end. */
export function codePointAt(units: Uint16Array, length: number, index: number): number {
  if (index >= length) return -1;
  const first = units[index] as number;
  if (first >= 0xd800 && first <= 0xdbff && index + 1 < length) {
    const low = units[index + 1] as number;
    if (low >= 0xdc00 && low <= 0xdfff) return ((first - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return first;
}
