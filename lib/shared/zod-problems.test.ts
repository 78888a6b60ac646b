import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFromZod } from "./zod-problems";

const schema = z.object({
  name: z.string().trim().min(1).max(5),
  email: z.email(),
  age: z.coerce.number().int().min(18).max(130),
  tags: z.array(z.string()).max(2),
  kind: z.enum(["a", "b"]),
  code: z.string().regex(/^x+$/, { message: "custom_code" }),
});

function errors(input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return fieldErrorsFromZod(result.error, input);
}

describe("zod problems", () => {
  it("turns each issue into a translatable code with its values", () => {
    expect(errors({ name: "", email: "nope", age: "7", tags: ["1", "2", "3"], kind: "c", code: "y" })).toEqual({
      name: [{ code: "required" }],
      email: [{ code: "invalid_email" }],
      age: [{ code: "too_small", values: { min: 18 } }],
      tags: [{ code: "too_many", values: { max: 2 } }],
      kind: [{ code: "invalid_choice" }],
      code: [{ code: "custom_code" }],
    });
  });

  it("reports a missing field as required and a wrongly typed one as invalid", () => {
    const result = errors({ name: 42 });
    expect(result.name).toEqual([{ code: "invalid_value" }]);
    expect(result.email).toEqual([{ code: "required" }]);
  });

  it("keeps problems with the whole input under the empty key", () => {
    const whole = z.object({ a: z.string() }).safeParse("not an object");
    expect(whole.success).toBe(false);
    if (!whole.success) expect(Object.keys(fieldErrorsFromZod(whole.error, "not an object"))).toEqual([""]);
  });

  it("reports too-long text with its maximum", () => {
    expect(errors({ name: "abcdefg" }).name).toEqual([{ code: "too_long", values: { max: 5 } }]);
  });
});
