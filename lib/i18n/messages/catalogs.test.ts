import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { catalogs } from "./index";

// Every key exists in both languages, with the same ICU placeholders.
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

/** The argument names an ICU message uses, however deeply nested in plurals and selects. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type !== TYPE.literal && element.type !== TYPE.pound && "value" in element) names.add(String(element.value));
      if ("options" in element) for (const option of Object.values(element.options)) visit(option.value);
      if ("children" in element) visit(element.children);
    }
  };
  visit(parse(message));
  return [...names].sort();
}

const english = flatten(catalogs.en as unknown as Tree);
const chinese = flatten(catalogs["zh-CN"] as unknown as Tree);

describe("message catalogs", () => {
  it("have the same keys in English and Chinese", () => {
    const missingInChinese = [...english.keys()].filter((key) => !chinese.has(key));
    const missingInEnglish = [...chinese.keys()].filter((key) => !english.has(key));
    expect({ missingInChinese, missingInEnglish }).toEqual({ missingInChinese: [], missingInEnglish: [] });
  });

  it("use the same placeholders in both languages", () => {
    const mismatched = [...english].filter(([key, text]) => {
      const other = chinese.get(key);
      return other !== undefined && placeholders(text).join() !== placeholders(other).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("have no empty messages", () => {
    const empty = [...english, ...chinese].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
