import { encode } from "next-auth/jwt";
import { sessionCookieName } from "../../lib/auth/session-token";

// Benchmarks sign people in the way Auth.js would: a session cookie for the
// production server that startAppServer starts (Secure cookie names, this secret).

export const BENCH_AUTH_SECRET = "bench-secret-bench-secret-bench-secret-0123";

const COOKIE_NAME = sessionCookieName(true);

/** A `Cookie` header value signing `user` in for an hour. */
export async function benchSessionCookie(user: { id: string; sessionVersion: number }): Promise<string> {
  const token = await encode({ salt: COOKIE_NAME, secret: BENCH_AUTH_SECRET, token: { sub: user.id, sv: user.sessionVersion }, maxAge: 3600 });
  return `${COOKIE_NAME}=${token}`;
}
