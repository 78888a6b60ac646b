import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveSlug, SLUG_PATTERN, slugCandidate } from "./slug";

describe("deriveSlug", () => {
  it.each([
    ["Morning Runners Shanghai", "morning-runners-shanghai"],
    ["  Tea & Biscuits!! ", "tea-biscuits"],
    ["Café Crème", "cafe-creme"],
    ["深夜读书会", "shen-ye-du-shu-hui"],
    ["AI 读书会 2026", "ai-du-shu-hui-2026"],
    ["Ｆｕｌｌ　Ｗｉｄｔｈ", "full-width"],
    ["!!", "community"],
    ["Go", "go-community"],
  ])("%s → %s", (name, slug) => {
    expect(deriveSlug(name)).toBe(slug);
  });

  it("always produces a slug the database accepts", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (name) => {
        expect(deriveSlug(name)).toMatch(SLUG_PATTERN);
      }),
      { numRuns: 500 },
    );
  });
});

describe("slugCandidate", () => {
  it("numbers alternatives and stays within 48 characters", () => {
    expect(slugCandidate("garden", 1)).toBe("garden");
    expect(slugCandidate("garden", 2)).toBe("garden-2");
    const long = "a".repeat(48);
    expect(slugCandidate(long, 12)).toHaveLength(48);
    expect(slugCandidate(long, 12)).toMatch(SLUG_PATTERN);
  });
});
