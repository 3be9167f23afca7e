import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOVEMENT_TYPES } from "../stock/rules";
import { byDocument, bySku, byType, type Line } from "./rules";

const line = fc.record({
  skuId: fc.constantFrom("a", "b", "c"),
  binCode: fc.constantFrom("A-01-01-1", "B-01-01-1"),
  type: fc.constantFrom(...MOVEMENT_TYPES),
  qty: fc.integer({ min: -20, max: 20 }).filter((q) => q !== 0),
  document: fc.record({ type: fc.constant("doc"), id: fc.constantFrom("d1", "d2", "d3") }),
});

describe("movement summaries", () => {
  it("add up to the same total whichever way they are cut", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 50 }), (lines: Line[]) => {
        const total = lines.reduce((s, l) => s + l.qty, 0);
        expect(Object.values(byType(lines)).reduce((s, t) => s + t.pieces, 0)).toBe(total);
        const skus = bySku(lines);
        expect(skus.reduce((s, k) => s + k.net, 0)).toBe(total);
        for (const k of skus) expect(k.in - k.out).toBe(k.net);
        for (const type of MOVEMENT_TYPES) {
          expect(byDocument(lines, type).reduce((s, d) => s + d.pieces, 0)).toBe(lines.filter((l) => l.type === type).reduce((s, l) => s + Math.abs(l.qty), 0));
        }
      }),
    );
  });
});
