import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getRawTables, IGNORABLE_RANGES, isIgnorableCodePoint, WHITESPACE_RANGES } from "./char-classes";
import { hashUnits } from "./hash";
import { normalisedBodyHash, normaliseText, prepareText, unitsToString } from "./normalise";
import { anyUnitsText, awkwardText, insertZeroWidth, referenceNormalise } from "./test-support";

const fullWidth = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
const asciiAlnum = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), maxLength: 40 });

describe("normaliseText", () => {
  it.each([
    ["  Hello   World\n\n", "hello world"],
    ["ＡＤ广告", "ad广告"],
    ["ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", "www.example.com"],
    ["s\u200Bp\u200Ca\u200Dm\u2060!\uFEFF", "spam!"],
    ["soft\u00ADhyphen", "softhyphen"],
    ["tag\u{E0041}\u{E0042}s", "tags"],
    ["Straße", "strasse"],
    ["STRAẞE", "strasse"],
    ["İstanbul", "istanbul"],
    ["ﬁne ①", "fine 1"],
    ["打\u3000广告\u3000啦", "打 广告 啦"],
    ["e\u200B\u0301", "é"],
    ["", ""],
    ["\u200B\u200B", ""],
  ])("normalises %j to %j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it("agrees with the step-by-step reference on awkward text", () => {
    fc.assert(fc.property(awkwardText(40), (text) => normaliseText(text) === referenceNormalise(text)), { numRuns: 3000 });
  });

  it("agrees with the reference on any code points and on raw code units", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => normaliseText(text) === referenceNormalise(text)), { numRuns: 2000 });
    fc.assert(fc.property(anyUnitsText(40), (text) => normaliseText(text) === referenceNormalise(text)), { numRuns: 2000 });
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.oneof(awkwardText(40), fc.string({ unit: "binary", maxLength: 40 }), anyUnitsText(40)), (text) => {
        const once = normaliseText(text);
        return normaliseText(once) === once;
      }),
      { numRuns: 3000 },
    );
  });

  it("treats full-width and half-width ASCII letters and digits alike", () => {
    fc.assert(fc.property(asciiAlnum, (text) => normaliseText(fullWidth(text)) === normaliseText(text)));
  });

  it("ignores case", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abcXYZ019 ßéÉçÇ"), maxLength: 40 }), (text) => {
        return normaliseText(text.toUpperCase()) === normaliseText(text.toLowerCase());
      }),
    );
  });

  it("ignores zero-width characters inserted anywhere", () => {
    const inserts = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 });
    fc.assert(fc.property(awkwardText(30), inserts, (text, at) => normaliseText(insertZeroWidth(text, at)) === normaliseText(text)));
  });

  it("works on Chinese text and keeps Chinese punctuation that NFKC keeps", () => {
    expect(normaliseText("打广告啦。欢迎加入！")).toBe("打广告啦。欢迎加入!");
  });
});

describe("prepareText", () => {
  it("counts code points, not UTF-16 units", () => {
    expect(prepareText("😀 ab").codePoints).toBe(4);
    expect(prepareText("广告").codePoints).toBe(2);
  });

  it("marks every dot, colon and ideographic full stop of the normal form", () => {
    const prepared = prepareText("a．b： c。d");
    const normal = unitsToString(prepared.units, prepared.length);
    expect(normal).toBe("a.b: c。d");
    expect(prepared.marks).toEqual([1, 3, 6]);
  });
});

describe("normalisedBodyHash", () => {
  it("is equal for bodies with the same normal form and differs otherwise", () => {
    expect(normalisedBodyHash("Buy ＮＯＷ\n\nplease")).toBe(normalisedBodyHash("buy now please\u200B"));
    expect(normalisedBodyHash("buy now")).not.toBe(normalisedBodyHash("buy now!"));
    expect(normalisedBodyHash("ab")).not.toBe(normalisedBodyHash("ba"));
  });

  it("names its version and the normal form's length", () => {
    expect(normalisedBodyHash("hello")).toMatch(/^n1:5:[0-9a-f]{16}$/);
  });

  it("is the hash of the normal form's code units", () => {
    fc.assert(
      fc.property(awkwardText(40), (text) => {
        const normal = normaliseText(text);
        const units = Uint16Array.from({ length: normal.length }, (_, i) => normal.charCodeAt(i));
        return normalisedBodyHash(text) === hashUnits(units, units.length);
      }),
    );
  });
});

describe("character tables", () => {
  const invisible = /^[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;
  const isListedWhitespace = (cp: number) => WHITESPACE_RANGES.some(([from, to]) => cp >= from && cp <= to);

  it("IGNORABLE_RANGES are exactly the engine's invisible characters (regenerate if Unicode moved)", () => {
    const mismatches: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const expected = invisible.test(String.fromCodePoint(cp)) && !isListedWhitespace(cp);
      if (isIgnorableCodePoint(cp) !== expected) mismatches.push(cp.toString(16));
    }
    expect(mismatches).toEqual([]);
    expect(IGNORABLE_RANGES.every(([from, to]) => from <= to)).toBe(true);
  });

  it("maps CJK ideographs to themselves, as the hot loop assumes without looking", () => {
    const { map } = getRawTables();
    const others: number[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) if (map[c] !== c) others.push(c);
    expect(others).toEqual([]);
  });

  it("maps every BMP character it maps to that character's own normal form", () => {
    const { map } = getRawTables();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const unit = map[c] as number;
      if (unit !== 0 && referenceNormalise(String.fromCharCode(c)) !== String.fromCharCode(unit)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("leaves emoji of U+1F400–U+1F7FF unchanged (the fast path relies on it)", () => {
    const changed: string[] = [];
    for (let cp = 0x1f400; cp <= 0x1f7ff; cp++) {
      const char = String.fromCodePoint(cp);
      if (char.normalize("NFKC").toLowerCase() !== char || /\p{M}/u.test(char)) changed.push(cp.toString(16));
    }
    expect(changed).toEqual([]);
  });
});
