import fc from "fast-check";

// Generators of malformed input for the fuzzer: any shape at all, the right keys
// with wrong, oversized or hostile values, and raw FormData as a browser (or an
// attacker posting to the action endpoint) could send it.

const hostileStrings = [
  "",
  " ",
  "\u0000",
  "\u200b\u200d\ufeff",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../etc/passwd",
  "１２３",
  "-1",
  "1e309",
  "NaN",
  "__proto__",
  "😀".repeat(3000),
  "x".repeat(100_001),
  "长".repeat(20_000),
];

export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom(...hostileStrings),
  fc.constant("y".repeat(1_048_577)),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
);

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return String(value);
  } catch {
    return "[object without a text form]";
  }
}

function toFormData(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return form;
}

export function badInputFor(validInput: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(validInput);
  const key = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 12 })) : fc.string({ maxLength: 12 });
  const stringJunk = junkValue.map(asText);
  return fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.dictionary(key, junkValue, { maxKeys: 8 }),
    fc.array(fc.tuple(key, stringJunk), { maxLength: 8 }).map(toFormData),
    // One field of an otherwise valid input replaced by junk.
    keys.length > 0
      ? fc.tuple(fc.constantFrom(...keys), junkValue).map(([field, value]) => ({ ...validInput, [field]: value }))
      : fc.constant({ unexpected: true }),
  );
}

/** Text that betrays internals: stack frames, driver or framework names. */
export const leakPattern = /\n\s+at |\.ts:\d+|node_modules|Prisma|PrismaClient|SELECT |INSERT |violates|stack/i;
