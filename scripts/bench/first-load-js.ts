import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// First-load JavaScript of a page: every script the HTML loads before any
// interaction, gzip-compressed, as read from the production build.

const root = path.resolve(import.meta.dirname, "../..");

export async function firstLoadJs(baseUrl: string, route: string, cookie?: string): Promise<{ files: number; gzipBytes: number }> {
  const html = await (await fetch(`${baseUrl}${route}`, { headers: cookie ? { cookie } : {} })).text();
  // noModule scripts are legacy polyfills that modern browsers never download.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]).filter((tag) => !/nomodule/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => [...tag.matchAll(/src="([^"]+\.js)[^"]*"/g)].map((match) => match[1] ?? "")));
  let gzipBytes = 0;
  for (const source of sources) {
    const file = path.join(root, ".next", decodeURIComponent(source.replace(/^\/_next\//, "").split("?")[0] ?? ""));
    gzipBytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return { files: sources.size, gzipBytes };
}
