import { createDecipheriv, createHash, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

// Reads the session cookie Auth.js issues without running Auth.js's whole session
// endpoint per request (an internal Request, a CSRF token, decoding, re-encrypting a
// cookie that auth() then throws away). The cookie is a compact JWE, "dir" +
// "A256CBC-HS512", keyed with HKDF-SHA256(secret, salt = cookie name) exactly as
// @auth/core/jwt derives it; this is the same check with node:crypto and the derived
// key kept per process. Tokens are still issued by Auth.js (sign-in), never here.
// Why not jose's jwtDecrypt with a cached key: it goes through WebCrypto, measured at
// about 300 µs per token on this machine against 12–25 µs here, on every request.

/** Auth.js's session cookie name: `__Secure-` prefixed when cookies are Secure. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}

/** Secure cookies (and their __Secure- names) in production, unless plain-HTTP trials opt out. */
export function usesSecureCookies(env: Partial<Record<string, string>> = process.env): boolean {
  return env.NODE_ENV === "production" && env.CANOPY_INSECURE_COOKIES !== "1";
}

/**
 * A Cookie header's pairs. As in Auth.js's parser, the first cookie of a name wins
 * (browsers send the most specific one first) and values are URL-decoded.
 */
export function parseCookieHeader(header: string | null | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? "").split(";")) {
    const equals = pair.indexOf("=");
    if (equals === -1) continue;
    const name = pair.slice(0, equals).trim();
    if (!name || cookies.has(name)) continue;
    const raw = pair.slice(equals + 1).trim();
    let value = raw;
    if (raw.includes("%")) {
      try {
        value = decodeURIComponent(raw);
      } catch {
        // Kept as sent, like Auth.js's parser.
      }
    }
    cookies.set(name, value);
  }
  return cookies;
}

/**
 * The session token among a request's cookies under `name`: the cookie itself, or
 * the chunks Auth.js splits a large token into (`name.0`, `name.1`, …) joined in order.
 */
export function sessionTokenFromCookies(cookies: ReadonlyMap<string, string>, name: string): string | null {
  const chunks: { index: number; value: string }[] = [];
  for (const [cookieName, value] of cookies) {
    if (!value) continue;
    if (cookieName === name) chunks.push({ index: 0, value });
    else if (cookieName.startsWith(`${name}.`) && /^\d{1,3}$/.test(cookieName.slice(name.length + 1))) {
      chunks.push({ index: Number(cookieName.slice(name.length + 1)), value });
    }
  }
  if (chunks.length === 0) return null;
  return chunks
    .sort((a, b) => a.index - b.index)
    .map((chunk) => chunk.value)
    .join("");
}

export type SessionTokenClaims = {
  /** The user id (`sub`), or null when the token names nobody. */
  userId: string | null;
  /** The session version the token was issued under (`sv`); -1 when absent, which matches no user. */
  sessionVersion: number;
  /** Issued at / expires, seconds since the epoch. */
  issuedAt: number | null;
  expiresAt: number;
};

/** The clock skew @auth/core/jwt tolerates on `exp` and `nbf`. */
const CLOCK_TOLERANCE_SECONDS = 15;
const KEY_BYTES = 64; // A256CBC-HS512: 32 bytes HMAC-SHA-512 key, then 32 bytes AES-256 key.
const IV_BYTES = 16;
const TAG_BYTES = 32;
const MAX_TOKEN_LENGTH = 16 * 1024;

type DerivedKey = { macKey: Buffer; encKey: Buffer; kid: string };
const derivedKeys = new Map<string, DerivedKey>();

/** The key Auth.js derives for a cookie name (the salt), and its RFC 7638 thumbprint (the `kid`). */
function derivedKey(secret: string, salt: string): DerivedKey {
  const cacheKey = `${salt}\u0000${secret}`;
  let key = derivedKeys.get(cacheKey);
  if (!key) {
    const raw = Buffer.from(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, KEY_BYTES));
    const kid = createHash("sha512").update(`{"k":"${raw.toString("base64url")}","kty":"oct"}`).digest("base64url");
    key = { macKey: raw.subarray(0, KEY_BYTES / 2), encKey: raw.subarray(KEY_BYTES / 2), kid };
    // A handful of (secret, cookie name) pairs per process; bounded all the same.
    if (derivedKeys.size > 16) derivedKeys.clear();
    derivedKeys.set(cacheKey, key);
  }
  return key;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Decrypts and checks a session token; null when it is malformed, was not issued
 * with this secret for this cookie name, was tampered with, or has expired.
 */
export function decodeSessionToken(token: string, options: { secret: string; salt: string; now?: number }): SessionTokenClaims | null {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split(".");
  if (parts.length !== 5 || !parts.every((part) => BASE64URL.test(part))) return null;
  const [protectedHeader = "", encryptedKey, ivPart = "", ciphertextPart = "", tagPart = ""] = parts;

  const header = jsonObject(Buffer.from(protectedHeader, "base64url").toString("utf8"));
  if (!header || header.alg !== "dir" || header.enc !== "A256CBC-HS512") return null;
  // Compression and critical extensions are never used by Auth.js; refuse them as jose does.
  if ("zip" in header || "crit" in header) return null;
  if (encryptedKey !== "") return null;

  const key = derivedKey(options.secret, options.salt);
  if (header.kid !== undefined && header.kid !== key.kid) return null;

  const iv = Buffer.from(ivPart, "base64url");
  const ciphertext = Buffer.from(ciphertextPart, "base64url");
  const tag = Buffer.from(tagPart, "base64url");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES || ciphertext.length === 0 || ciphertext.length % 16 !== 0) return null;

  // RFC 7518 §5.2.2: the tag is HMAC-SHA-512 over AAD ‖ IV ‖ ciphertext ‖ AAD length in bits (64-bit big-endian), truncated.
  const aad = Buffer.from(protectedHeader, "ascii");
  const aadBits = Buffer.alloc(8);
  aadBits.writeBigUInt64BE(BigInt(aad.length) * 8n);
  const expected = createHmac("sha512", key.macKey).update(aad).update(iv).update(ciphertext).update(aadBits).digest().subarray(0, TAG_BYTES);
  if (!timingSafeEqual(expected, tag)) return null;

  let plaintext: string;
  try {
    const decipher = createDecipheriv("aes-256-cbc", key.encKey, iv);
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
  const payload = jsonObject(plaintext);
  if (!payload) return null;

  // The claim checks jose's jwtDecrypt makes for Auth.js, except that `exp` is required (Auth.js always sets it).
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  const { exp, nbf, iat, sub, sv } = payload;
  if (typeof exp !== "number" || !Number.isFinite(exp) || exp <= now - CLOCK_TOLERANCE_SECONDS) return null;
  if (nbf !== undefined && (typeof nbf !== "number" || nbf > now + CLOCK_TOLERANCE_SECONDS)) return null;
  if (iat !== undefined && typeof iat !== "number") return null;

  return {
    userId: typeof sub === "string" && sub !== "" ? sub : null,
    sessionVersion: typeof sv === "number" ? sv : -1,
    issuedAt: typeof iat === "number" ? iat : null,
    expiresAt: exp,
  };
}

/**
 * The claims of the session cookie in a Cookie header, read exactly where Auth.js
 * reads it: the cookie name follows `secure`, and the name is the key's salt.
 */
export function readSessionCookie(cookieHeader: string | null | undefined, options: { secret: string; secure: boolean; now?: number }): SessionTokenClaims | null {
  const name = sessionCookieName(options.secure);
  const token = sessionTokenFromCookies(parseCookieHeader(cookieHeader), name);
  return token ? decodeSessionToken(token, { secret: options.secret, salt: name, now: options.now }) : null;
}
