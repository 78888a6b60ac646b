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

/**
 * A form field carrying JSON (list editors post their whole list at once): bounded in
 * size before parsing, then validated by `schema`.
 */
export function jsonField<T extends z.ZodType>(schema: T, maxCharacters: number) {
  return z
    .string()
    .max(maxCharacters, { message: "input_too_large" })
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: "invalid_value" });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
