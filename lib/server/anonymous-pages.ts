import { type Locale, locales, requestLocaleFrom } from "../i18n/locales";

// Which requests may be served the cached anonymous render (app/anonymous), and the
// paths of that render. Framework-free: proxy.ts and the revalidation helper use it.

export const ANONYMOUS_PREFIX = "/anonymous";

/** Public pages whose anonymous render is cached: the home page and a community's page. */
const CACHED_PUBLIC_PATH = /^\/(?:c\/[^/]+)?$/;

/** Auth.js session cookies (plain or __Secure-, possibly chunked as .0, .1, …). */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

export type PublicRequest = {
  method: string;
  pathname: string;
  cookieNames: readonly string[];
  localeCookie: string | undefined;
  acceptLanguage: string | null;
};

/**
 * The internal path to serve instead, or null to render per request. Only reads
 * without a session cookie qualify; anyone holding one (valid or not) gets the
 * per-request page, which treats an invalid session as anonymous anyway.
 */
export function anonymousRewrite(request: PublicRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!CACHED_PUBLIC_PATH.test(request.pathname)) return null;
  if (request.cookieNames.some((name) => SESSION_COOKIE.test(name))) return null;
  return anonymousPath(requestLocaleFrom(request.localeCookie, request.acceptLanguage), request.pathname);
}

function anonymousPath(locale: Locale, publicPath: string): string {
  return `${ANONYMOUS_PREFIX}/${locale}${publicPath === "/" ? "" : publicPath}`;
}

/** The public URL for a direct request to an internal anonymous path (they are not linked anywhere). */
export function publicPathOf(internalPath: string): string {
  const rest = internalPath.slice(ANONYMOUS_PREFIX.length).replace(/^\/[^/]*/, "");
  return rest === "" ? "/" : rest;
}

/** Every cached render of a public path, one per language. */
function anonymousPathsFor(publicPath: string): string[] {
  return locales.map((locale) => anonymousPath(locale, publicPath));
}

/**
 * The cached anonymous renders a change to `path` makes stale: a community's page
 * (or, for the pattern "/c/[slug]", every community's page) and the home page, whose
 * cards show seats. Other paths have no cached render.
 */
export function anonymousRendersAffectedBy(path: string): { paths: string[]; everyCommunityPage: boolean } {
  const home = anonymousPathsFor("/");
  if (path === "/") return { paths: home, everyCommunityPage: false };
  const slug = /^\/c\/([^/]+)/.exec(path)?.[1];
  if (!slug) return { paths: [], everyCommunityPage: false };
  if (slug === "[slug]") return { paths: home, everyCommunityPage: true };
  return { paths: [...anonymousPathsFor(`/c/${slug}`), ...home], everyCommunityPage: false };
}
