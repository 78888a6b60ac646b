import { createHmac, timingSafeEqual } from "node:crypto";

// Canopy verifies passwords (with rate limits) in its own domain code; Auth.js then
// only issues the session. The hand-over is a short-lived HMAC proof minted on the
// server in the same request, so Auth.js's credentials endpoint never accepts a
// password and cannot be used to guess one.

const PROOF_LIFETIME_MS = 60_000;

export type SessionClaim = { userId: string; sessionVersion: number };
export type SessionProof = SessionClaim & { expiresAt: number; proof: string };

function sign(secret: string, claim: SessionClaim, expiresAt: number): string {
  return createHmac("sha256", secret).update(`canopy-session|${claim.userId}|${claim.sessionVersion}|${expiresAt}`).digest("base64url");
}

export function mintSessionProof(secret: string, claim: SessionClaim, now = Date.now()): SessionProof {
  const expiresAt = now + PROOF_LIFETIME_MS;
  return { ...claim, expiresAt, proof: sign(secret, claim, expiresAt) };
}

export function verifySessionProof(secret: string, candidate: unknown, now = Date.now()): SessionClaim | null {
  if (!candidate || typeof candidate !== "object") return null;
  const { userId, sessionVersion, expiresAt, proof } = candidate as Record<string, unknown>;
  const version = Number(sessionVersion);
  const expiry = Number(expiresAt);
  if (typeof userId !== "string" || typeof proof !== "string" || !Number.isInteger(version) || !Number.isFinite(expiry)) {
    return null;
  }
  if (expiry < now || expiry > now + PROOF_LIFETIME_MS) return null;
  const expected = Buffer.from(sign(secret, { userId, sessionVersion: version }, expiry));
  const given = Buffer.from(proof);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, sessionVersion: version };
}
