import "server-only";
import { cache } from "react";
import { auth } from "../auth/auth";
import { resolveViewer, type SessionClaims } from "./resolve-viewer";
import type { Viewer } from "./viewer";

/** The signed-in viewer for this request (resolved once per request), or null. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await auth()) as (Partial<SessionClaims> & object) | null;
  if (!session) return null;
  return resolveViewer({ userId: session.userId ?? null, sessionVersion: session.sessionVersion ?? -1 });
});
