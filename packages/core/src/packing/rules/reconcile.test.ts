import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressKey, type Receiver } from "./address";
import type { OrderLine } from "./grouping";
import { reconcileOrder, type ParcelShape } from "./reconcile";
import { STATES, type State } from "./state";

const home: Receiver = { name: "张三", mobile: "13800138000", state: "浙江", city: "杭州", district: "西湖", address: "文三路100号" };
const moved: Receiver = { ...home, address: "西溪路500号" };
const TID = "4234567890123456789";
const OTHER = "4234567890123456790";

function parcel(id: string, state: State, lines: [string, string, number][], extra: Partial<ParcelShape> = {}): ParcelShape {
  return {
    parcelId: id,
    state,
    intercepts: [],
    reprintRequired: false,
    addressKey: addressKey(home),
    awaitingStock: false,
    receiver: home,
    tids: [...new Set(lines.map(([tid]) => tid))],
    lines: lines.map(([tid, oid, quantity]) => ({ tid, oid, sku: `S${oid}`, quantity })),
    ...extra,
  };
}
const want = (lines: [string, number][], receiver = home) => ({
  tid: TID,
  receiver,
  lines: lines.map(([oid, quantity]): OrderLine => ({ oid, sku: `S${oid}`, quantity })),
});

describe("reconciling a matched order", () => {
  it("a refunded line leaves the pending parcel; the other order in it stays", () => {
    const p = parcel("P1", "pending", [[TID, "1", 1], [TID, "2", 2], [OTHER, "9", 1]]);
    const { changed, missing } = reconcileOrder([p], want([["1", 1], ["2", 0]]));
    expect(missing).toEqual([]);
    expect(changed[0]!.lines.map((l) => [l.tid, l.oid, l.quantity])).toEqual([[TID, "1", 1], [OTHER, "9", 1]]);
  });

  it("an order closed empties its own parcel, which is cancelled", () => {
    const { changed } = reconcileOrder([parcel("P1", "allocated", [[TID, "1", 1]])], want([["1", 0]]));
    expect(changed[0]).toMatchObject({ state: "cancelled", lines: [], tids: [] });
  });

  it("added items and raised quantities come back as missing units, to be matched", () => {
    const { changed, missing } = reconcileOrder([parcel("P1", "pending", [[TID, "1", 1]])], want([["1", 3], ["2", 1]]));
    expect(changed).toEqual([]);
    expect(missing.map((l) => [l.oid, l.quantity])).toEqual([["1", 2], ["2", 1]]);
  });

  it("units waiting for stock are the first to go", () => {
    const ready = parcel("P1", "pending", [[TID, "1", 2]]);
    const later = parcel("P2", "pending", [[TID, "1", 1]], { awaitingStock: true });
    const { changed } = reconcileOrder([ready, later], want([["1", 2]]));
    expect(changed.map((p) => [p.parcelId, p.state])).toEqual([["P2", "cancelled"]]);
  });

  it("a new address: a pending parcel gives the order back to be matched again, and its intercept with it", () => {
    const stop = { tid: TID, reason: "address_change" as const, at: "2026-11-11T00:00:00.000Z" };
    const p = parcel("P1", "pending", [[TID, "1", 1], [OTHER, "9", 1]], { intercepts: [stop] });
    const { changed, missing } = reconcileOrder([p], want([["1", 1]], moved));
    expect(changed[0]).toMatchObject({ tids: [OTHER], intercepts: [] });
    expect(missing.map((l) => [l.oid, l.quantity])).toEqual([["1", 1]]);
  });

  it("a new address on a parcel being picked: its own parcel takes the address and needs a new label", () => {
    const p = parcel("P1", "picking", [[TID, "1", 1]], { waybill: { number: "SF1385628716739" } });
    const { changed, missing } = reconcileOrder([p], want([["1", 1]], moved));
    expect(missing).toEqual([]);
    expect(changed[0]).toMatchObject({ addressKey: addressKey(moved), reprintRequired: true, state: "picking" });
  });

  it("parcels being picked or packed never change their lines", () => {
    const p = parcel("P1", "packed", [[TID, "1", 2]]);
    expect(reconcileOrder([p], want([["1", 0]])).changed).toEqual([]);
  });
});

describe("reconcile invariants (property)", () => {
  const arbitraryParcels = fc
    .array(
      fc.record({
        state: fc.constantFrom(...STATES),
        awaitingStock: fc.boolean(),
        lines: fc.array(fc.tuple(fc.constantFrom(TID, OTHER), fc.constantFrom("1", "2", "3"), fc.integer({ min: 1, max: 3 })), {
          minLength: 1,
          maxLength: 4,
        }),
      }),
      { maxLength: 4 },
    )
    .map((specs) =>
      specs.map((s, i) => {
        const lines = [...new Map(s.lines.map((l) => [`${l[0]}/${l[1]}`, l])).values()];
        return parcel(`P${i}`, s.state, lines, { awaitingStock: s.awaitingStock });
      }),
    );
  const arbitraryWanted = fc.array(fc.tuple(fc.constantFrom("1", "2", "3"), fc.integer({ min: 0, max: 4 })), { maxLength: 3 }).map((lines) =>
    want([...new Map(lines).entries()]),
  );

  it("parcels past allocation keep their lines; other orders' lines are never touched", () => {
    fc.assert(
      fc.property(arbitraryParcels, arbitraryWanted, (parcels, wanted) => {
        const { changed } = reconcileOrder(parcels, wanted);
        for (const next of changed) {
          const before = parcels.find((p) => p.parcelId === next.parcelId)!;
          if (!["pending", "allocated"].includes(before.state)) expect(next.lines).toEqual(before.lines);
          expect(next.lines.filter((l) => l.tid !== TID)).toEqual(before.lines.filter((l) => l.tid !== TID));
        }
      }),
    );
  });

  it("when every parcel can still change, held plus missing is exactly what the order wants", () => {
    fc.assert(
      fc.property(arbitraryParcels, arbitraryWanted, (all, wanted) => {
        const parcels = all.filter((p) => p.state === "pending" || p.state === "allocated");
        const { changed, missing } = reconcileOrder(parcels, wanted);
        const after = parcels.map((p) => changed.find((c) => c.parcelId === p.parcelId) ?? p);
        const units = new Map<string, number>();
        for (const p of after) for (const l of p.lines) if (l.tid === TID) units.set(l.oid, (units.get(l.oid) ?? 0) + l.quantity);
        for (const l of missing) units.set(l.oid, (units.get(l.oid) ?? 0) + l.quantity);
        const expected = new Map(wanted.lines.filter((l) => l.quantity > 0).map((l) => [l.oid, l.quantity]));
        expect(new Map([...units].filter(([, n]) => n > 0))).toEqual(expected);
        for (const p of after) expect(p.state === "cancelled").toBe(p.lines.length === 0);
      }),
    );
  });
});
