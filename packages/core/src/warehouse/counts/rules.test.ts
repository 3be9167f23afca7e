import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countMovements, variance } from "./rules";

describe("count variance", () => {
  it("after booking, the bin holds the good pieces counted and the defect store the damaged ones", () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(20), (book, counted, damaged) => {
        const moves = countMovements({ book, counted, damaged });
        const bin = book + moves.filter((m) => !m.toDefect).reduce((s, m) => s + m.qty, 0);
        const defect = moves.filter((m) => m.toDefect).reduce((s, m) => s + m.qty, 0);
        expect(bin).toBe(counted);
        expect(defect).toBe(damaged);
        expect(variance({ book, counted, damaged }).needsReason).toBe(moves.length > 0);
      }),
    );
  });

  it("names the kinds of a line", () => {
    expect(variance({ book: 5, counted: 5, damaged: 0 }).kinds).toEqual(["match"]);
    expect(variance({ book: 5, counted: 3, damaged: 0 })).toMatchObject({ difference: -2, kinds: ["shortage"] });
    expect(variance({ book: 5, counted: 4, damaged: 2 })).toMatchObject({ difference: 1, kinds: ["surplus", "damage"] });
  });
});
