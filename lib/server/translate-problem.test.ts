import { describe, expect, it } from "vitest";
import { problemTranslatorFor } from "./translate-problem";

describe("problemTranslatorFor", () => {
  it("puts problems into the language asked for, with their values", () => {
    expect(problemTranslatorFor("en")({ code: "too_short", values: { min: 3 } })).toBe("Use at least 3 characters.");
    expect(problemTranslatorFor("zh-CN")({ code: "too_short", values: { min: 3 } })).toMatch(/3/);
    expect(problemTranslatorFor("zh-CN")({ code: "not_found" })).not.toBe(problemTranslatorFor("en")({ code: "not_found" }));
  });

  it("gives the generic message for a code the catalog does not have", () => {
    expect(problemTranslatorFor("en")({ code: "no_such_code" })).toBe("This value is not valid.");
  });

  it("builds one translator per language and keeps it", () => {
    expect(problemTranslatorFor("en")).toBe(problemTranslatorFor("en"));
    expect(problemTranslatorFor("en")).not.toBe(problemTranslatorFor("zh-CN"));
  });
});
