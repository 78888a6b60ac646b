import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    [null, "en"],
    ["", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["en-US,en;q=0.9,zh;q=0.8", "en"],
    ["fr-FR,zh-TW;q=0.7", "zh-CN"],
    ["de;q=1, en;q=0", "en"],
    ["zh;q=0.2, en;q=0.5", "en"],
    [";;;,,q=x", "en"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
