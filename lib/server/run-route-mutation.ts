import "server-only";
import type { ErrorCode } from "./errors";
import { clientIpFrom } from "./client-ip";
import { executeMutation, type Mutation } from "./mutation";
import { revalidatePathAndAnonymousRenders } from "./revalidate-path";
import { getViewer } from "./session";
import { problemTranslator } from "./translate-problem";

// The JSON API runs the same mutations as the server actions. Route handlers get
// no CSRF protection from Next, so a browser request from another site is refused
// (Origin / Sec-Fetch-Site); clients that send neither are not browsers acting for
// a victim, and still need a session cookie or token of their own.

const MAX_BODY_BYTES = 64 * 1024;

const statusFor: Partial<Record<ErrorCode | string, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  banned: 403,
  not_found: 404,
  conflict: 409,
  already_member: 409,
  application_open: 409,
  community_full: 409,
  rate_limited: 429,
  retryable: 503,
  unexpected: 500,
};

export function isCrossSiteRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

async function readJsonBody(request: Request): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; code: string; status: number }> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { ok: false, code: "input_too_large", status: 413 };
  if (text.trim() === "") return { ok: true, body: {} };
  try {
    const body: unknown = JSON.parse(text);
    if (!body || typeof body !== "object" || Array.isArray(body)) return { ok: false, code: "invalid_input", status: 400 };
    return { ok: true, body: body as Record<string, unknown> };
  } catch {
    return { ok: false, code: "invalid_input", status: 400 };
  }
}

/** Runs a mutation for a JSON route handler; path parameters override body fields. */
export async function runRouteMutation<Input, Result>(mutation: Mutation<Input, Result>, request: Request, fromPath: Record<string, string>): Promise<Response> {
  if (isCrossSiteRequest(request)) return Response.json({ error: { code: "forbidden" } }, { status: 403 });
  const parsed = await readJsonBody(request);
  if (!parsed.ok) return Response.json({ error: { code: parsed.code } }, { status: parsed.status });
  const state = await executeMutation(mutation, { ...parsed.body, ...fromPath }, {
    viewer: await getViewer(),
    clientIp: clientIpFrom(request.headers),
    translator: problemTranslator,
    revalidate: revalidatePathAndAnonymousRenders,
  });
  if (state.status === "success") return Response.json({ data: state.data });
  if (state.status === "error") {
    const code = state.formError?.code ?? "invalid_input";
    return Response.json({ error: state }, { status: state.formError ? (statusFor[code] ?? 400) : 422 });
  }
  return Response.json({ error: { code: "unexpected" } }, { status: 500 });
}
