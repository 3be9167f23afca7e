import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBinCode, parseBinCode, walkingOrder, type BinPlace } from "./rules";

const place = fc.record({
  zone: fc.constantFrom("A", "B", "QC"),
  aisle: fc.integer({ min: 1, max: 12 }),
  shelf: fc.integer({ min: 1, max: 30 }),
  level: fc.integer({ min: 1, max: 5 }),
});

describe("bin codes", () => {
  it("format and parse are inverse", () => {
    fc.assert(
      fc.property(place, (p) => {
        expect(parseBinCode(formatBinCode(p))).toEqual(p);
      }),
    );
    expect(formatBinCode({ zone: "A", aisle: 3, shelf: 12, level: 2 })).toBe("A-03-12-2");
    expect(parseBinCode("a-03-12-2")).toEqual({ zone: "A", aisle: 3, shelf: 12, level: 2 });
  });

  it("refuses malformed codes and zero positions", () => {
    for (const bad of ["A-3-12-2", "A-03-12", "A-00-01-1", "1-01-01-1", "ABCD-01-01-1", "A-01-01-0", ""]) {
      expect(parseBinCode(bad), bad).toBeUndefined();
    }
  });
});

describe("walking route", () => {
  it("walks aisles in serpentine order, skipping empty aisles without flipping direction", () => {
    const route = walkingOrder(["A-03-01-1", "A-01-05-1", "A-01-01-2", "A-01-01-1", "A-03-09-1", "A-02-04-1", "B-01-02-1", "A-02-08-1"]);
    expect(route).toEqual([
      "A-01-01-1", "A-01-01-2", "A-01-05-1", // aisle 1 up
      "A-02-08-1", "A-02-04-1", // aisle 2 down
      "A-03-01-1", "A-03-09-1", // aisle 3 up
      "B-01-02-1", // next zone starts going up again
    ]);
    expect(walkingOrder(["A-01-01-1", "A-05-01-1", "A-05-09-1"])).toEqual(["A-01-01-1", "A-05-09-1", "A-05-01-1"]);
  });

  it("visits every bin exactly once, zones and aisles never revisited", () => {
    fc.assert(
      fc.property(fc.array(place, { maxLength: 60 }), (places: BinPlace[]) => {
        const codes = places.map(formatBinCode);
        const route = walkingOrder(codes);
        expect([...route].sort()).toEqual([...new Set(codes)].sort());
        const aisles = route.map((c) => c.slice(0, c.lastIndexOf("-", c.lastIndexOf("-") - 1)));
        const seen = new Set<string>();
        aisles.forEach((a, i) => {
          if (i > 0 && a !== aisles[i - 1]) expect(seen.has(a)).toBe(false);
          seen.add(aisles[i - 1] ?? a);
        });
      }),
    );
  });

  it("within an aisle shelves are monotone, alternating direction from one visited aisle to the next", () => {
    fc.assert(
      fc.property(fc.array(place.map((p) => ({ ...p, zone: "A" })), { minLength: 1, maxLength: 60 }), (places) => {
        const route = walkingOrder(places.map(formatBinCode)).map((c) => parseBinCode(c)!);
        const groups: BinPlace[][] = [];
        for (const p of route) {
          if (groups.at(-1)?.[0]!.aisle === p.aisle) groups.at(-1)!.push(p);
          else groups.push([p]);
        }
        groups.forEach((group, index) => {
          const shelves = group.map((p) => p.shelf);
          const sorted = [...shelves].sort((a, b) => (index % 2 === 0 ? a - b : b - a));
          expect(shelves).toEqual(sorted);
        });
      }),
    );
  });
});
