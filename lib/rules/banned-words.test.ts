import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildAutomaton, scanUnits } from "./aho-corasick";
import { compileRuleSet } from "./compile";
import { evaluate } from "./evaluate";
import { normaliseText } from "./normalise";
import { ruleCheck, type RuleCheckOf } from "./schemas";
import { insertZeroWidth } from "./test-support";

// Properties of banned-word matching over generated words and text. A small alphabet
// makes hits common enough for both outcomes to be exercised.

const CONTEXT = { now: new Date("2026-03-01T12:00:00Z"), recentPosts: [] };
const piece = fc.constantFrom(..."abAB广告 .", "Ａ", "ｂ", "\u200B", "\u00AD", "\n", "ß", "ss", "(", "+", "*", "$");
const text = fc.string({ unit: piece, maxLength: 30 });
const word = fc.string({ unit: piece, minLength: 1, maxLength: 4 });
const inserts = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 });

/** A valid BANNED_WORDS check built from generated words, or null if the schema refuses them. */
function bannedCheck(words: string[], match: "whole_word" | "anywhere"): RuleCheckOf<"BANNED_WORDS"> | null {
  const parsed = ruleCheck.safeParse({ kind: "BANNED_WORDS", params: { words, match } });
  return parsed.success && parsed.data.kind === "BANNED_WORDS" ? parsed.data : null;
}

function isFlagged(check: RuleCheckOf<"BANNED_WORDS">, body: string): boolean {
  const compiled = compileRuleSet([{ title: "No", severity: "BLOCK", check }]);
  return evaluate(compiled, { body }, CONTEXT).length > 0;
}

const appearsIn = (words: readonly string[], body: string) => words.some((w) => normaliseText(body).includes(normaliseText(w)));

describe("banned words (properties)", () => {
  it("anywhere: a post is flagged exactly when a word's normal form is in the post's", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), text, (words, body) => {
        const check = bannedCheck(words, "anywhere");
        fc.pre(check !== null);
        return isFlagged(check, body) === appearsIn(check.params.words, body);
      }),
      { numRuns: 1500 },
    );
  });

  it("no banned word present ⇒ no BANNED_WORDS violation, in either mode", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), text, fc.boolean(), (words, body, wholeWord) => {
        const check = bannedCheck(words, wholeWord ? "whole_word" : "anywhere");
        fc.pre(check !== null);
        return appearsIn(check.params.words, body) || !isFlagged(check, body);
      }),
      { numRuns: 1500 },
    );
  });

  it("zero-width characters inserted anywhere never hide a banned word", () => {
    fc.assert(
      fc.property(word, text, text, inserts, fc.boolean(), (banned, before, after, at, wholeWord) => {
        const check = bannedCheck([banned], wholeWord ? "whole_word" : "anywhere");
        fc.pre(check !== null);
        // Spaces around the word satisfy whole-word matching whatever the neighbours are.
        const body = `${before} ${banned} ${after}`;
        return isFlagged(check, insertZeroWidth(body, at));
      }),
      { numRuns: 1500 },
    );
  });
});

describe("the automaton", () => {
  const naiveMatches = (patterns: readonly string[], haystack: string) => {
    const found: string[] = [];
    patterns.forEach((pattern, index) => {
      for (let at = haystack.indexOf(pattern); at >= 0; at = haystack.indexOf(pattern, at + 1)) found.push(`${index}@${at + pattern.length}`);
    });
    return found.sort();
  };

  it("finds exactly the occurrences a naive search finds", () => {
    // "." ":" "。" have reserved symbols in every automaton; they must still match as text.
    const unit = fc.constantFrom(..."abcab广告.:。", "😀");
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.string({ unit, maxLength: 40 }), (patterns, haystack) => {
        const units = Uint16Array.from({ length: haystack.length }, (_, i) => haystack.charCodeAt(i));
        const flat = scanUnits(buildAutomaton(patterns), units, units.length);
        const found: string[] = [];
        for (let i = 0; i < flat.length; i += 2) found.push(`${flat[i]}@${flat[i + 1]}`);
        expect(found.sort()).toEqual(naiveMatches(patterns, haystack));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("no regular expression is built from rule input", () => {
  afterEach(() => vi.restoreAllMocks());

  it("compiles and evaluates pathological words without constructing a RegExp, matching them literally", () => {
    const words = ["(x+)+$", "(a|aa)*b", "a.*b", "[^]", "\\", "^", "$", "(?<x>y)\\k<x>", ".*.*.*=.*"];
    const check = bannedCheck(words, "anywhere");
    expect(check).not.toBeNull();
    const RegExpSpy = vi.spyOn(globalThis, "RegExp");
    const compiled = compileRuleSet([{ title: "Literal", severity: "BLOCK", check: check as RuleCheckOf<"BANNED_WORDS"> }]);
    const hostile = `${"x".repeat(20_000)}y ${"a".repeat(20_000)}c`;
    expect(evaluate(compiled, { body: hostile }, CONTEXT)).toEqual([]);
    expect(evaluate(compiled, { body: `say (a|aa)*b twice` }, CONTEXT)[0]?.reason.values).toEqual({ word: "(a|aa)*b", field: "body" });
    expect(RegExpSpy).not.toHaveBeenCalled();
  });
});
