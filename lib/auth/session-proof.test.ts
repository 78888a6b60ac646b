import { describe, expect, it } from "vitest";
import { mintSessionProof, verifySessionProof } from "./session-proof";

const secret = "s".repeat(40);
const claim = { userId: "0195-user", sessionVersion: 3 };

describe("session proof", () => {
  it("verifies a fresh proof minted with the same secret", () => {
    const now = 1_000_000;
    expect(verifySessionProof(secret, mintSessionProof(secret, claim, now), now + 1000)).toEqual(claim);
  });

  it.each([
    ["another secret", (p: ReturnType<typeof mintSessionProof>) => ({ ...p }), "t".repeat(40), 0],
    ["a changed user", (p: ReturnType<typeof mintSessionProof>) => ({ ...p, userId: "someone-else" }), secret, 0],
    ["a changed session version", (p: ReturnType<typeof mintSessionProof>) => ({ ...p, sessionVersion: 4 }), secret, 0],
    ["an expired proof", (p: ReturnType<typeof mintSessionProof>) => ({ ...p }), secret, 61_000],
    ["a forged proof", (p: ReturnType<typeof mintSessionProof>) => ({ ...p, proof: "A".repeat(43) }), secret, 0],
    ["a far-future expiry", (p: ReturnType<typeof mintSessionProof>) => ({ ...p, expiresAt: p.expiresAt + 10_000_000 }), secret, 0],
  ])("refuses %s", (_label, tamper, verifyWith, later) => {
    const now = 5_000_000;
    expect(verifySessionProof(verifyWith, tamper(mintSessionProof(secret, claim, now)), now + later)).toBeNull();
  });

  it("refuses things that are not proofs at all", () => {
    for (const candidate of [null, undefined, "x", 1, {}, { userId: 1 }, { userId: "a", sessionVersion: "x", expiresAt: 1, proof: "" }]) {
      expect(verifySessionProof(secret, candidate)).toBeNull();
    }
  });
});
