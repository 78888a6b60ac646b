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

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((match) => match[1] ?? ""))].sort();
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
