// Turns a submitted FormData (or an already-plain object) into a plain object for
// zod. Repeated keys become arrays; files and Next's internal fields are dropped.

const MAX_TOTAL_CHARS = 2_000_000;

export class OversizedInputError extends Error {}

export function toPlainInput(raw: unknown): unknown {
  if (!(raw instanceof FormData)) return raw;
  const result: Record<string, string | string[]> = {};
  let total = 0;
  for (const [key, value] of raw.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    total += key.length + value.length;
    if (total > MAX_TOTAL_CHARS) throw new OversizedInputError();
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else result[key] = [existing, value];
  }
  return result;
}

const ECHO_LIMIT = 20_000;

/** The text fields worth showing again after an error (never secrets, never huge values). */
export function echoableFields(input: unknown): Record<string, string> | undefined {
  if (!input || typeof input !== "object" || Array.isArray(input)) return undefined;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (/password|secret|token/i.test(key)) continue;
    if (typeof value === "string" && value.length <= ECHO_LIMIT) fields[key] = value;
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}
