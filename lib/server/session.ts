import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { readSessionCookie, usesSecureCookies } from "../auth/session-token";
import { authSecret } from "./auth-secret";
import { resolveViewer } from "./resolve-viewer";
import type { Viewer } from "./viewer";

/**
 * The signed-in viewer for this request (resolved once per request), or null.
 * Auth.js issues the session cookie; it is read here directly (decrypted, expiry
 * checked) rather than through auth(), which runs a whole internal Auth.js request
 * per call. The user row is then re-read: a bumped session version revokes it.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = readSessionCookie((await headers()).get("cookie"), { secret: authSecret(), secure: usesSecureCookies() });
  return claims ? resolveViewer({ userId: claims.userId, sessionVersion: claims.sessionVersion }) : null;
});
