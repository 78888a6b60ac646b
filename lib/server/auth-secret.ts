import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// AUTH_SECRET signs session cookies. Production must provide it; a local run
// generates one once and keeps it in the data folder so sessions survive restarts.

export class MissingAuthSecretError extends Error {
  constructor() {
    super(
      "AUTH_SECRET is not set. Canopy needs it in production to sign sessions.\n" +
        "Generate one with `openssl rand -base64 33` and set AUTH_SECRET in the environment,\n" +
        "or run Canopy locally with `npm start`, which creates and stores one for you.",
    );
    this.name = "MissingAuthSecretError";
  }
}

const MIN_SECRET_LENGTH = 32;

export function localSecretPath(dataDir: string): string {
  return path.resolve(dataDir, "auth-secret");
}

/** Reads the stored local secret, creating it (mode 0600) on first use. */
export function ensureLocalAuthSecret(dataDir: string): string {
  const file = localSecretPath(dataDir);
  try {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= MIN_SECRET_LENGTH) return stored;
  } catch {
    // Not created yet.
  }
  const secret = randomBytes(33).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function resolveAuthSecret(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.AUTH_SECRET?.trim();
  if (given) {
    if (given.length < MIN_SECRET_LENGTH) {
      throw new Error(`AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters long.`);
    }
    return given;
  }
  if (env.NODE_ENV === "production") throw new MissingAuthSecretError();
  return ensureLocalAuthSecret(env.CANOPY_DATA_DIR?.trim() || ".data");
}

let cachedSecret: string | undefined;
/** The process's session secret, resolved on first use (not at import, so `next build` needs none). */
export function authSecret(): string {
  cachedSecret ??= resolveAuthSecret();
  return cachedSecret;
}
