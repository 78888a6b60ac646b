import { describe, expect, it } from "vitest";
import { isHostAllowed, toAsciiHost } from "./domains";
import { extractLinks } from "./links";
import { prepareText } from "./normalise";

const hosts = (text: string) => extractLinks(prepareText(text)).map((link) => link.host);

describe("extractLinks", () => {
  it.each([
    ["see https://example.com/a.b.c?x=y.z#f", ["example.com"]],
    ["http://localhost:3000/path and HTTPS://Sub.Example.COM", ["localhost", "sub.example.com"]],
    ["www.example.org/page", ["www.example.org"]],
    ["bare example.com, example.cn and example.io.", ["example.com", "example.cn", "example.io"]],
    ["ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", ["www.example.com"]],
    ["加我example。com吧", ["example.com"]],
    ["加我example｡cn吧", ["example.cn"]],
    ["https://例子.中国/路径 and www.例子.中国", ["例子.中国", "www.例子.中国"]],
    ["mail me@example.com", []],
    ["version 1.2.3 and e.g. this. Or that.Next", []],
    ["我用iPhone。It's fine", []],
    ["ftp.example.com", ["ftp.example.com"]],
    ["xhttps://evil.com", ["evil.com"]],
    ["https://", []],
    ["a.b", []],
    ["end.it", ["end.it"]],
    ["-.-.-.-example.com", ["example.com"]],
  ])("%j → %j", (text, expected) => {
    expect(hosts(text)).toEqual(expected);
  });

  it("does not take long runs of host-like characters for hosts", () => {
    expect(hosts(`${"-.".repeat(20_000)}x`)).toEqual([]);
    expect(hosts(`${"a.".repeat(20_000)}com`)).toEqual([]);
  });
});

describe("domains", () => {
  it("converts internationalised names to punycode and refuses non-hosts", () => {
    expect(toAsciiHost("例子.中国")).toBe("xn--fsqu00a.xn--fiqs8s");
    expect(toAsciiHost("Example.com.")).toBe("example.com");
    expect(toAsciiHost("example")).toBeNull();
    expect(toAsciiHost("http://example.com")).toBeNull();
  });

  it("allows a listed host and its subdomains, not look-alike suffixes", () => {
    const allowed = new Set(["example.com", "xn--fsqu00a.xn--fiqs8s"]);
    expect(isHostAllowed("example.com", allowed)).toBe(true);
    expect(isHostAllowed("a.b.example.com", allowed)).toBe(true);
    expect(isHostAllowed("例子.中国", allowed)).toBe(true);
    expect(isHostAllowed("notexample.com", allowed)).toBe(false);
    expect(isHostAllowed("example.com.evil.org", allowed)).toBe(false);
  });
});
