// The hash behind posts.body_hash, so "no repeated posts" can compare a new post with
// earlier ones without keeping or re-reading their bodies.
//
// Format: "n1:" + length of the normal form (base 36) + ":" + 16 hex digits. The length
// comes first so a comparison can skip hashing a post when no earlier post has the same
// length (the usual case). The digits: two 32-bit multiply–xor lanes over the UTF-16 code
// units of the normal form, then the length and a final avalanche (the cyrb53
// construction, widened to 64 bits). Not FNV-1a 64: without 64-bit integers FNV needs
// multi-limb arithmetic per byte, which measured ~10× slower on a 10 kB post. Not
// cryptographic: a collision can only make a member's post look like one of their own.

/** Versions the normal form and the hash together; change it if either changes. */
export const BODY_HASH_PREFIX = "n1:";

function toHex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, "0");
}

/** The body hash of a normal form held in `units[0 .. length)`. */
export function hashUnits(units: Uint16Array, length: number): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < length; i++) {
    const c = units[i] as number;
    h1 = Math.imul(h1 ^ c, 0x9e3779b1);
    h2 = Math.imul(h2 ^ c, 0x5f356495);
  }
  h1 ^= length;
  h2 ^= Math.imul(length, 0x85ebca6b);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  return `${BODY_HASH_PREFIX}${length.toString(36)}:${toHex32(h2)}${toHex32(h1)}`;
}

/** The "n1:<length>:" part of a body hash, to compare before hashing anything. */
export function bodyHashLengthPrefix(length: number): string {
  return `${BODY_HASH_PREFIX}${length.toString(36)}:`;
}
