import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moveItem } from "./move-item";

describe("moveItem", () => {
  it("moves one item and keeps all of them", () => {
    expect(moveItem(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"]);
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b"], 1, 5)).toEqual(["a", "b"]);
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), fc.nat(), (items, from, to) => {
        expect([...moveItem(items, from, to)].sort()).toEqual([...items].sort());
      }),
    );
  });
});
