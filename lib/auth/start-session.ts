import "server-only";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE, type Locale } from "../i18n/locales";
import { authSecret } from "../server/auth-secret";
import { signIn } from "./auth";
import type { AuthenticatedUser } from "./authenticate";
import { mintSessionProof } from "./session-proof";

const ONE_YEAR = 365 * 24 * 60 * 60;

/** Remembers the interface language (cookie read by lib/i18n/request). */
export async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax", httpOnly: false });
}

/** Issues the session cookie for a user whose password Canopy has just verified. */
export async function startSession(user: AuthenticatedUser): Promise<void> {
  const proof = mintSessionProof(authSecret(), { userId: user.id, sessionVersion: user.sessionVersion });
  await signIn("session-proof", {
    userId: proof.userId,
    sessionVersion: String(proof.sessionVersion),
    expiresAt: String(proof.expiresAt),
    proof: proof.proof,
    redirect: false,
  });
  if (isLocale(user.locale)) await rememberLocale(user.locale);
}

/** Only same-site paths: never redirect a person to another origin after sign-in. */
export function safeRedirectPath(candidate: unknown, fallback = "/"): string {
  if (typeof candidate !== "string" || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) {
    return fallback;
  }
  return candidate;
}
