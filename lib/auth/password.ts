import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum parameters, passed explicitly: the library's
// defaults (4 MiB) are weaker. Algorithm 2 = argon2id.
export const argon2Options = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown account) it verifies against a
 * dummy hash anyway, so unknown and known accounts take about the same time.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword("canopy: no such account");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
