import fc from "fast-check";
import { junkValue } from "../support/bad-input";
import { expect, signInAs, test } from "./fixtures";

// The JSON endpoints under malformed input: never a 5xx, never a stack trace.
const leak = /\n\s+at |node_modules|Prisma|SELECT |violates/;

test("malformed bodies to the JSON endpoints get a 4xx with a code, never a 5xx", async ({ page, user }) => {
  await signInAs(page, user);
  const request = page.request;
  const bodies = fc.sample(
    fc.oneof(
      junkValue.map((value) => {
        try {
          return JSON.stringify(value) ?? "null";
        } catch {
          return "not json";
        }
      }),
      fc.string({ maxLength: 200 }),
      fc.constant("{".repeat(5000)),
      fc.constant(JSON.stringify({ rulesVersion: "x".repeat(70_000) })),
    ),
    { numRuns: 150, seed: 20261124 },
  );
  const endpoints = ["/api/communities/morning-runners/join", "/api/communities/no-such-community/join", "/api/communities/morning-runners/visit", "/api/communities/BAD..slug/visit"];
  for (const [index, body] of bodies.entries()) {
    const url = endpoints[index % endpoints.length] ?? endpoints[0]!;
    const response = await request.post(url, { data: body, headers: { "content-type": "application/json" } });
    expect(response.status(), `${url} ${body.slice(0, 80)}`).toBeLessThan(500);
    const text = await response.text();
    expect(text).not.toMatch(leak);
  }
});

test("a cross-site POST is refused; the slug suggestion survives odd queries", async ({ page }) => {
  const refused = await page.request.post("/api/communities/morning-runners/join", {
    data: "{}",
    headers: { "content-type": "application/json", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(refused.status()).toBe(403);
  for (const query of ["name=%F0%9F%98%80", `name=${"长".repeat(300)}`, "slug=", "slug=%00%00", "name[]=x&slug[]=y"]) {
    const response = await page.request.get(`/api/communities/slug-suggestion?${query}`);
    expect(response.status(), query).toBeLessThan(500);
  }
});
