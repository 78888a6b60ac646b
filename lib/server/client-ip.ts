// The client's address for rate limiting. Behind a reverse proxy, the proxy appends
// the address it saw to X-Forwarded-For; CANOPY_TRUSTED_PROXY_HOPS says how many
// proxies to trust (default 1), so an address a client wrote itself is ignored.

export function clientIpFrom(headers: Headers, env: Partial<Record<string, string>> = process.env): string {
  const hops = Math.max(1, Number.parseInt(env.CANOPY_TRUSTED_PROXY_HOPS ?? "1", 10) || 1);
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const candidate = forwarded[Math.max(0, forwarded.length - hops)] ?? headers.get("x-real-ip") ?? "unknown";
  // Bounded and printable: it becomes part of a database key.
  return candidate.replace(/[^0-9A-Za-z:.\-_]/g, "").slice(0, 64) || "unknown";
}
