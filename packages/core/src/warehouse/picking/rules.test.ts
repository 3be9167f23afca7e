import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBinCode } from "../bins/rules";
import { planWaves, shortParcels, type AllocatedParcel, type SkuWords } from "./rules";

const skus = new Map<string, SkuWords>([
  ["s1", { styleCode: "A100", colour: "黑", size: "M" }],
  ["s2", { styleCode: "A100", colour: "黑", size: "L" }],
  ["s3", { styleCode: "A100", colour: "白", size: "M" }],
  ["s4", { styleCode: "B200", colour: "红", size: "S" }],
  ["s5", { styleCode: "B200", colour: "红", size: "XL" }],
]);
const bin = fc.record({ zone: fc.constantFrom("A", "B"), aisle: fc.integer({ min: 1, max: 4 }), shelf: fc.integer({ min: 1, max: 9 }), level: fc.integer({ min: 1, max: 3 }) }).map(formatBinCode);
const parcel = fc.record({
  parcelId: fc.uuid(),
  lines: fc.uniqueArray(fc.record({ skuId: fc.constantFrom(...skus.keys()), binCode: bin, qty: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 4, selector: (l) => l.skuId }),
});

describe("wave planning", () => {
  it("every parcel lands in exactly one wave of its kind, no wave over the limit, and each pick list picks exactly what its parcels hold", () => {
    fc.assert(
      fc.property(fc.uniqueArray(parcel, { selector: (p) => p.parcelId, maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (parcels: AllocatedParcel[], maxParcels) => {
        const waves = planWaves(parcels, skus, { maxParcels });
        const placed = waves.flatMap((w) => w.parcels.map((p) => p.parcelId));
        expect([...placed].sort()).toEqual(parcels.map((p) => p.parcelId).sort());
        for (const wave of waves) {
          expect(wave.parcels.length).toBeLessThanOrEqual(maxParcels);
          expect(wave.parcels.map((p) => p.slot)).toEqual(wave.parcels.map((_, i) => i + 1));
          for (const p of wave.parcels) {
            const single = p.lines.length === 1 && p.lines[0]!.qty === 1;
            expect(single).toBe(wave.kind === "single");
          }
          const want = new Map<string, number>();
          for (const p of wave.parcels) for (const l of p.lines) want.set(`${l.binCode}|${l.skuId}`, (want.get(`${l.binCode}|${l.skuId}`) ?? 0) + l.qty);
          const got = new Map(wave.pickList.map((l) => [`${l.binCode}|${l.skuId}`, l.qty]));
          expect(got).toEqual(want);
          for (const line of wave.pickList) expect(line.parcels.reduce((s, p) => s + p.qty, 0)).toBe(line.qty);
          expect(wave.pickList.map((l) => l.lineNo)).toEqual(wave.pickList.map((_, i) => i + 1));
        }
      }),
    );
  });

  it("keeps each style-and-colour group together on the pick list", () => {
    fc.assert(
      fc.property(fc.uniqueArray(parcel, { selector: (p) => p.parcelId, minLength: 1, maxLength: 30 }), (parcels: AllocatedParcel[]) => {
        for (const wave of planWaves(parcels, skus, { maxParcels: 50 })) {
          const groups = wave.pickList.map((l) => `${l.styleCode}|${l.colour}`);
          const seen = new Set<string>();
          groups.forEach((g, i) => {
            if (i > 0 && g !== groups[i - 1]) expect(seen.has(g)).toBe(false);
            seen.add(g);
          });
        }
      }),
    );
  });

  it("sorts single-item waybills by style, colour and size, and walks a group's bins in route order", () => {
    const parcels: AllocatedParcel[] = [
      { parcelId: "p1", lines: [{ skuId: "s5", binCode: "B-01-01-1", qty: 1 }] },
      { parcelId: "p2", lines: [{ skuId: "s1", binCode: "A-02-01-1", qty: 1 }] },
      { parcelId: "p3", lines: [{ skuId: "s2", binCode: "A-01-05-1", qty: 1 }] },
      { parcelId: "p4", lines: [{ skuId: "s4", binCode: "B-01-02-1", qty: 1 }] },
      { parcelId: "p5", lines: [{ skuId: "s1", binCode: "A-02-01-1", qty: 2 }] },
    ];
    const [single, multi] = planWaves(parcels, skus, { maxParcels: 10 });
    expect(single!.kind).toBe("single");
    expect(single!.parcels.map((p) => p.parcelId)).toEqual(["p2", "p3", "p4", "p1"]);
    expect(single!.pickList.map((l) => [l.binCode, l.skuId])).toEqual([
      ["A-01-05-1", "s2"],
      ["A-02-01-1", "s1"],
      ["B-01-01-1", "s5"],
      ["B-01-02-1", "s4"],
    ]);
    expect(multi).toMatchObject({ kind: "multi", parcels: [{ parcelId: "p5", slot: 1 }], pickList: [{ qty: 2, parcels: [{ parcelId: "p5", qty: 2 }] }] });
  });
});

describe("short picks", () => {
  it("serves parcels in slot order and names exactly the shortfall", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 }), fc.nat(40), (qtys, pickedRaw) => {
        const parcels = qtys.map((qty, i) => ({ parcelId: `p${i}`, slot: i + 1, qty }));
        const total = qtys.reduce((s, q) => s + q, 0);
        const picked = Math.min(pickedRaw, total);
        const short = shortParcels(parcels, picked);
        expect(short.reduce((s, p) => s + p.short, 0)).toBe(total - picked);
        if (short.length > 1) expect(short.slice(1).every((p) => p.short === parcels.find((x) => x.parcelId === p.parcelId)!.qty)).toBe(true);
      }),
    );
  });
});
