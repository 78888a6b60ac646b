import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MissingAuthSecretError, resolveAuthSecret } from "./auth-secret";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("AUTH_SECRET", () => {
  it("is required in production, with a message that says what to do", () => {
    expect(() => resolveAuthSecret({ NODE_ENV: "production" })).toThrow(MissingAuthSecretError);
    expect(() => resolveAuthSecret({ NODE_ENV: "production" })).toThrow(/openssl rand/);
  });

  it("refuses a short secret", () => {
    expect(() => resolveAuthSecret({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/at least 32/);
  });

  it("is generated once for local runs, stored privately and reused", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "canopy-secret-"));
    const first = resolveAuthSecret({ NODE_ENV: "development", CANOPY_DATA_DIR: dir });
    const second = resolveAuthSecret({ NODE_ENV: "development", CANOPY_DATA_DIR: dir });
    expect(first).toHaveLength(44);
    expect(second).toBe(first);
    expect((await readFile(path.join(dir, "auth-secret"), "utf8")).trim()).toBe(first);
    expect((await stat(path.join(dir, "auth-secret"))).mode & 0o077).toBe(0);
  });
});
