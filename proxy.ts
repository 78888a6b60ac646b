import { type NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { ANONYMOUS_PREFIX, anonymousRewrite, publicPathOf } from "@/lib/server/anonymous-pages";

// Anonymous reads of the public pages are served from their cached render (see
// app/anonymous/[locale]/layout.tsx). Authorization is not done here: every server
// action and route handler checks the session itself.

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === ANONYMOUS_PREFIX || pathname.startsWith(`${ANONYMOUS_PREFIX}/`)) {
    return NextResponse.redirect(new URL(publicPathOf(pathname), request.url), 308);
  }
  const rewrite = anonymousRewrite({
    method: request.method,
    pathname,
    cookieNames: request.cookies.getAll().map((cookie) => cookie.name),
    localeCookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  if (!rewrite) return NextResponse.next();
  return NextResponse.rewrite(new URL(rewrite, request.url));
}

export const config = {
  matcher: ["/", "/c/:slug", "/anonymous", "/anonymous/:path*"],
};
