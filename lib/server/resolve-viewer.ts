import { isLocale } from "../i18n/locales";
import { db } from "./db";
import type { Viewer } from "./viewer";

export type SessionClaims = { userId: string | null; sessionVersion: number };

/**
 * The viewer behind a session's claims, read from the database: a deleted user or
 * a bumped session version (revocation) means nobody is signed in.
 */
export async function resolveViewer(claims: SessionClaims | null): Promise<Viewer | null> {
  if (!claims?.userId) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, locale: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, locale: isLocale(user.locale) ? user.locale : "en" };
}
