import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { destination, detectAnomalies, type ReturnedItem } from "./rules";

describe("returns intake", () => {
  it("sends each condition where RULES.md §4 says", () => {
    expect([destination("good"), destination("repairable"), destination("irreparable")]).toEqual(["home", "production", "defect"]);
  });

  it("flags a damaged package, missing, wrong and extra items, and defects", () => {
    expect(detectAnomalies("intact", [{ skuId: "a", qty: 1, condition: "good" }], [{ skuId: "a", qty: 1 }])).toEqual([]);
    expect(detectAnomalies("damaged", [], undefined).map((a) => a.kind)).toEqual(["damaged_package"]);
    expect(detectAnomalies("intact", [{ skuId: "b", qty: 1, condition: "good" }], [{ skuId: "a", qty: 1 }]).map((a) => a.kind)).toEqual(["missing_item", "wrong_item"]);
    expect(detectAnomalies("intact", [{ skuId: "a", qty: 2, condition: "good" }], [{ skuId: "a", qty: 1 }]).map((a) => a.kind)).toEqual(["extra_item"]);
    expect(detectAnomalies("opened", [{ skuId: "a", qty: 1, condition: "irreparable" }]).map((a) => a.kind)).toEqual(["defect"]);
  });

  it("finds no difference exactly when what came back is what was expected", () => {
    const item = fc.record({ skuId: fc.constantFrom("a", "b", "c"), qty: fc.integer({ min: 1, max: 3 }), condition: fc.constant("good" as const) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), fc.array(item, { maxLength: 5 }), (received: ReturnedItem[], expected) => {
        const sum = (list: { skuId: string; qty: number }[]) => {
          const m = new Map<string, number>();
          list.forEach((l) => m.set(l.skuId, (m.get(l.skuId) ?? 0) + l.qty));
          return [...m].sort().join();
        };
        const differences = detectAnomalies("intact", received, expected).filter((a) => a.kind !== "defect");
        expect(differences.length === 0).toBe(sum(received) === sum(expected));
      }),
    );
  });
});
