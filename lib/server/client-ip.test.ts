import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientIpFrom", () => {
  it("takes the address the nearest trusted proxy appended", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), {})).toBe("203.0.113.9");
    expect(clientIpFrom(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.1, 10.0.0.2" }), { CANOPY_TRUSTED_PROXY_HOPS: "2" })).toBe("198.51.100.1");
  });

  it("falls back to X-Real-IP, then to a fixed key", () => {
    expect(clientIpFrom(headers({ "x-real-ip": "2001:db8::1" }), {})).toBe("2001:db8::1");
    expect(clientIpFrom(headers({}), {})).toBe("unknown");
  });

  it("strips characters that do not belong in an address", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "1.2.3.4'; DROP TABLE users; --" }), {})).toBe("1.2.3.4DROPTABLEusers--");
    expect(clientIpFrom(headers({ "x-forwarded-for": "x".repeat(500) }), {})).toHaveLength(64);
  });
});
