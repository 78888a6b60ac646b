import { z } from "zod";

// zod building blocks for values that arrive from HTML forms.

/** A checkbox: "on" when ticked, absent otherwise; anything else is refused. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(true), z.literal(false), z.literal("false")])
  .optional()
  .transform((value) => value === "on" || value === "true" || value === true);

/** Optional text: an empty field means "not given". */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));
}

/** An id we issued (UUID). A malformed one is refused before any query. */
export const idField = z.uuid({ message: "not_found" });
