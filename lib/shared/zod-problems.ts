import type { z } from "zod";
import type { FieldErrors } from "./action-state";
import type { Problem } from "./action-state";

// Maps zod issues to translatable problems (messages: errors.*). Schemas that need
// a specific message set it as the issue's message, which is then used as the code.

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const CUSTOM_CODE = /^[a-z][a-z0-9_]*$/;

export function problemFromIssue(issue: z.core.$ZodIssue, input: unknown): Problem {
  // A schema that names its own message (a snake_case code) wins over the generic one.
  if (CUSTOM_CODE.test(issue.message)) return { code: issue.message };
  switch (issue.code) {
    case "invalid_type":
      return valueAt(input, issue.path) === undefined || valueAt(input, issue.path) === ""
        ? { code: "required" }
        : { code: "invalid_value" };
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? { code: "required" } : { code: "too_short", values: { min } };
      if (issue.origin === "array" || issue.origin === "set") return { code: "too_few", values: { min } };
      return { code: "too_small", values: { min } };
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return { code: "too_long", values: { max } };
      if (issue.origin === "array" || issue.origin === "set") return { code: "too_many", values: { max } };
      return { code: "too_large", values: { max } };
    }
    case "invalid_format":
      return issue.format === "email" ? { code: "invalid_email" } : { code: "invalid_format" };
    case "invalid_value":
      return { code: "invalid_choice" };
    case "unrecognized_keys":
      return { code: "unknown_field" };
    default:
      return { code: "invalid_value" };
  }
}

/** Field errors keyed by dotted path ("" for problems with the whole input). */
export function fieldErrorsFromZod(error: z.ZodError, input: unknown): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    const list = (fieldErrors[key] ??= []);
    // One message per field is enough for a person to act on.
    if (list.length === 0) list.push(problemFromIssue(issue, input));
  }
  return fieldErrors;
}
