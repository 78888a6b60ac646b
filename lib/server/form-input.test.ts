import { describe, expect, it } from "vitest";
import { echoableFields, OversizedInputError, toPlainInput } from "./form-input";

describe("toPlainInput", () => {
  it("turns repeated keys into arrays and drops Next's internal fields and files", () => {
    const form = new FormData();
    form.append("name", "Tea");
    form.append("values", "one");
    form.append("values", "two");
    form.append("$ACTION_ID_abc", "");
    form.append("upload", new Blob(["x"]), "x.txt");
    expect(toPlainInput(form)).toEqual({ name: "Tea", values: ["one", "two"] });
  });

  it("passes plain objects through and refuses oversized forms", () => {
    expect(toPlainInput({ a: 1 })).toEqual({ a: 1 });
    const form = new FormData();
    form.append("big", "x".repeat(2_000_001));
    expect(() => toPlainInput(form)).toThrow(OversizedInputError);
  });
});

describe("echoableFields", () => {
  it("never echoes secrets or huge values", () => {
    expect(echoableFields({ email: "a@b.c", password: "hunter22", newPassword: "x", token: "t", essay: "x".repeat(20_001) })).toEqual({ email: "a@b.c" });
    expect(echoableFields("text")).toBeUndefined();
  });
});
