import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// Earlier releases carry published remote-code-execution and denial-of-service
// advisories in the React Server Components protocol.
const require = createRequire(import.meta.url);

function installedVersion(name: string): string {
  const manifest = require.resolve(`${name}/package.json`);
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

function atLeast(version: string, floor: string): boolean {
  const parse = (value: string) => value.split("-")[0]!.split(".").map(Number);
  const [a, b] = [parse(version), parse(floor)];
  for (let index = 0; index < 3; index += 1) {
    if ((a[index] ?? 0) !== (b[index] ?? 0)) return (a[index] ?? 0) > (b[index] ?? 0);
  }
  return true;
}

describe("security floors", () => {
  it.each([
    ["next", "16.4.6"],
    ["react", "19.3.1"],
    ["react-dom", "19.3.1"],
  ])("%s is at least %s", (name, floor) => {
    expect(atLeast(installedVersion(name), floor), `${name} ${installedVersion(name)} < ${floor}`).toBe(true);
  });

  it("compares versions correctly", () => {
    expect(atLeast("16.4.5", "16.4.6")).toBe(false);
    expect(atLeast("16.10.0", "16.4.6")).toBe(true);
    expect(atLeast("17.0.0", "16.4.6")).toBe(true);
  });
});
