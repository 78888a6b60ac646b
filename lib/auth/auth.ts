import NextAuth, { type NextAuthResult } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "../server/auth-secret";
import { db } from "../server/db";
import { verifySessionProof } from "./session-proof";
import { usesSecureCookies } from "./session-token";

// Auth.js (next-auth v5) issues the session cookie: a JWT holding the user id and
// the user's session version. Roles and memberships are never put in the token;
// they are read from the database on each request (lib/server/session, which reads
// the cookie itself with lib/auth/session-token instead of calling auth()).

const THIRTY_DAYS = 30 * 24 * 60 * 60;

const nextAuth: NextAuthResult = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: THIRTY_DAYS },
  // HttpOnly + SameSite=Lax always; Secure (and __Secure- names) in production.
  useSecureCookies: usesSecureCookies(),
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      id: "session-proof",
      credentials: { userId: {}, sessionVersion: {}, expiresAt: {}, proof: {} },
      async authorize(credentials) {
        const claim = verifySessionProof(authSecret(), credentials);
        if (!claim) return null;
        const user = await db.user.findUnique({
          where: { id: claim.userId },
          select: { id: true, name: true, email: true, sessionVersion: true },
        });
        if (!user || user.sessionVersion !== claim.sessionVersion) return null;
        return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub ?? null, sessionVersion: typeof token.sv === "number" ? token.sv : -1 };
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;
