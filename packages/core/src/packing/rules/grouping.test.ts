import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressKey, type Receiver } from "./address";
import { assignOrder, groupOrders, type Availability, type MatchOptions, type OrderToMatch, type ParcelPlan } from "./grouping";

const OPTIONS: MatchOptions = { merge: true, splitUnavailable: true, noMergeMarkers: ["不合单"], noMergeFlags: [5] };
const plenty = () => 1_000_000;

const home: Receiver = { name: "张三", phone: "13800138000", state: "浙江省", city: "杭州市", district: "西湖区", address: "文三路100号" };
const office: Receiver = { ...home, address: "西溪路500号" };

let seq = 0;
function order(buyerNick: string, receiver: Receiver, lines: [string, number][], extra: Partial<OrderToMatch> = {}): OrderToMatch {
  const tid = String(4_000_000_000_000_000_000n + BigInt(++seq));
  return { tid, buyerNick, receiver, lines: lines.map(([sku, quantity], i) => ({ oid: `${tid}${i}`, sku, quantity })), ...extra };
}

describe("merging (合单)", () => {
  it("one buyer, one address, written two ways: one parcel", () => {
    const a = order("buyer1", home, [["A", 1]]);
    const b = order("buyer1", { ...home, address: "浙江省杭州市西湖区 文三路１００号" }, [["B", 2]]);
    const parcels = groupOrders([a, b], OPTIONS, plenty);
    expect(parcels).toHaveLength(1);
    expect(parcels[0]!.tids).toEqual([a.tid, b.tid]);
  });

  it("one buyer, two addresses: two parcels", () => {
    const parcels = groupOrders([order("buyer1", home, [["A", 1]]), order("buyer1", office, [["A", 1]])], OPTIONS, plenty);
    expect(parcels).toHaveLength(2);
  });

  it("two buyers at one address: two parcels", () => {
    const parcels = groupOrders([order("buyer1", home, [["A", 1]]), order("buyer2", home, [["A", 1]])], OPTIONS, plenty);
    expect(parcels).toHaveLength(2);
  });

  it("the setting off, a memo marker or a flag keep an order on its own", () => {
    const pair = () => [order("b", home, [["A", 1]]), order("b", home, [["A", 1]])];
    expect(groupOrders(pair(), { ...OPTIONS, merge: false }, plenty)).toHaveLength(2);
    const marked = [order("b", home, [["A", 1]]), order("b", home, [["A", 1]], { sellerMemo: "#1023 不合单 急" })];
    expect(groupOrders(marked, OPTIONS, plenty)).toHaveLength(2);
    const flagged = [order("b", home, [["A", 1]]), order("b", home, [["A", 1]], { sellerFlag: 5 })];
    expect(groupOrders(flagged, OPTIONS, plenty)).toHaveLength(2);
    const own = [order("b", home, [["A", 1]]), order("b", home, [["A", 1]], { noMerge: true })];
    expect(groupOrders(own, OPTIONS, plenty)).toHaveLength(2);
  });
});

describe("stock", () => {
  it("what stock cannot serve goes to a later parcel, split by quantity, first paid first served", () => {
    const first = order("b1", home, [["A", 2]]);
    const second = order("b2", office, [["A", 3], ["B", 1]]);
    const parcels = groupOrders([first, second], OPTIONS, (sku) => (sku === "A" ? 3 : 5));
    const byTid = (tid: string, later: boolean) => parcels.find((p) => p.tids.includes(tid) && p.awaitingStock === later);
    expect(byTid(first.tid, false)!.lines).toMatchObject([{ sku: "A", quantity: 2 }]);
    expect(byTid(second.tid, false)!.lines).toMatchObject([{ sku: "A", quantity: 1 }, { sku: "B", quantity: 1 }]);
    expect(byTid(second.tid, true)!.lines).toMatchObject([{ sku: "A", quantity: 2 }]);
  });

  it("with splitting off, an order stays whole whatever the stock", () => {
    const parcels = groupOrders([order("b1", home, [["A", 2], ["B", 1]])], { ...OPTIONS, splitUnavailable: false }, () => 0);
    expect(parcels).toHaveLength(1);
    expect(parcels[0]!.awaitingStock).toBe(false);
  });

  it("later parcels of one buyer and address merge too", () => {
    const parcels = groupOrders([order("b", home, [["A", 1]]), order("b", home, [["A", 1]])], OPTIONS, () => 0);
    expect(parcels).toHaveLength(1);
    expect(parcels[0]!.awaitingStock).toBe(true);
  });
});

describe("the one-order step leaves its input alone", () => {
  it("assignOrder does not modify the open parcels", () => {
    const first = groupOrders([order("b", home, [["A", 1]])], OPTIONS, plenty);
    const open = new Map(first.map((p) => [p.slot, p]));
    const before = structuredClone(first);
    assignOrder(open, order("b", home, [["B", 1]]), OPTIONS, plenty);
    expect([...open.values()]).toEqual(before);
  });
});

/** Random shops: few buyers and addresses so that merges happen, scarce SKUs so that splits do. */
const receivers = [home, office, { ...home, name: "李四" }, { ...home, address: "浙江省 杭州市 西湖区 文三路 100 号" }];
const arbitraryOrders = fc
  .array(
    fc.record({
      buyer: fc.constantFrom("b1", "b2", "b3"),
      receiver: fc.constantFrom(...receivers),
      lines: fc.array(fc.tuple(fc.constantFrom("A", "B", "C", "D"), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 4 }),
      memo: fc.constantFrom(undefined, "", "不合单", "#1001"),
      flag: fc.constantFrom(undefined, 0, 1, 5),
    }),
    { maxLength: 25 },
  )
  .map((specs) => specs.map((s) => order(s.buyer, s.receiver, s.lines, { sellerMemo: s.memo, sellerFlag: s.flag })));
const arbitraryOptions = fc.record({
  merge: fc.boolean(),
  splitUnavailable: fc.boolean(),
  noMergeMarkers: fc.constant(["不合单"]),
  noMergeFlags: fc.constant([5]),
});
const arbitraryStock = fc.record({ A: fc.nat(6), B: fc.nat(6), C: fc.nat(6), D: fc.constant(1_000) });

function unitsByOid(parcels: ParcelPlan[]) {
  const units = new Map<string, number>();
  for (const parcel of parcels) for (const line of parcel.lines) units.set(line.oid, (units.get(line.oid) ?? 0) + line.quantity);
  return units;
}

/** The reference: the service's one-order step folded over the orders, nothing shared or grown in place. */
function foldOrders(orders: readonly OrderToMatch[], options: MatchOptions, available: Availability): ParcelPlan[] {
  let open = new Map<string, ParcelPlan>();
  let remaining = new Map<string, number>();
  const left = (sku: string) => remaining.get(sku) ?? available(sku);
  for (const order of orders) {
    const { parcels, served } = assignOrder(open, order, options, left);
    open = new Map([...open, ...parcels.map((p) => [p.slot, p] as const)]);
    remaining = new Map(remaining);
    for (const line of served) remaining.set(line.sku, left(line.sku) - line.quantity);
  }
  return [...open.values()];
}

describe("grouping invariants (property)", () => {
  it("the batch is exactly the service's one-order step folded over the orders", () => {
    fc.assert(
      fc.property(arbitraryOrders, arbitraryOptions, arbitraryStock, (orders, options, stock) => {
        const available = (sku: string) => stock[sku as keyof typeof stock];
        expect(groupOrders(orders, options, available)).toEqual(foldOrders(orders, options, available));
      }),
    );
  });

  it("every paid unit lands in exactly one parcel", () => {
    fc.assert(
      fc.property(arbitraryOrders, arbitraryOptions, arbitraryStock, (orders, options, stock) => {
        const parcels = groupOrders(orders, options, (sku) => stock[sku as keyof typeof stock]);
        const expected = new Map(orders.flatMap((o) => o.lines.map((l) => [l.oid, l.quantity] as const)));
        expect(unitsByOid(parcels)).toEqual(expected);
        for (const parcel of parcels) {
          const keys = parcel.lines.map((l) => `${l.oid}`);
          expect(new Set(keys).size).toBe(keys.length);
          expect(parcel.lines.every((l) => l.quantity > 0)).toBe(true);
        }
      }),
    );
  });

  it("no parcel mixes buyers or addresses, and its tids are exactly the orders of its lines", () => {
    fc.assert(
      fc.property(arbitraryOrders, arbitraryOptions, arbitraryStock, (orders, options, stock) => {
        const parcels = groupOrders(orders, options, (sku) => stock[sku as keyof typeof stock]);
        const byTid = new Map(orders.map((o) => [o.tid, o]));
        for (const parcel of parcels) {
          const members = parcel.tids.map((tid) => byTid.get(tid)!);
          expect(new Set(members.map((o) => o.buyerNick))).toEqual(new Set([parcel.buyerNick]));
          expect(new Set(members.map((o) => addressKey(o.receiver)))).toEqual(new Set([parcel.addressKey]));
          expect(new Set(parcel.lines.map((l) => l.tid))).toEqual(new Set(parcel.tids));
        }
      }),
    );
  });

  it("merge off: every parcel holds one order, and an order has at most a ready and a later parcel", () => {
    fc.assert(
      fc.property(arbitraryOrders, arbitraryStock, fc.boolean(), (orders, stock, splitUnavailable) => {
        const options = { ...OPTIONS, merge: false, splitUnavailable };
        const parcels = groupOrders(orders, options, (sku) => stock[sku as keyof typeof stock]);
        for (const parcel of parcels) expect(parcel.tids).toHaveLength(1);
        for (const o of orders) {
          const mine = parcels.filter((p) => p.tids.includes(o.tid));
          expect(mine.length).toBeGreaterThanOrEqual(1);
          expect(mine.filter((p) => !p.awaitingStock).length).toBeLessThanOrEqual(1);
          expect(mine.filter((p) => p.awaitingStock).length).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("merge on: orders that may merge share their parcel (one ready parcel per buyer and address)", () => {
    fc.assert(
      fc.property(arbitraryOrders, arbitraryStock, (orders, stock) => {
        const parcels = groupOrders(orders, OPTIONS, (sku) => stock[sku as keyof typeof stock]);
        const slots = parcels.map((p) => p.slot);
        expect(new Set(slots).size).toBe(slots.length);
        const mergeable = parcels.filter((p) => p.mergeKey.startsWith("buyer|"));
        const readyKeys = mergeable.filter((p) => !p.awaitingStock).map((p) => `${p.buyerNick}|${p.addressKey}`);
        expect(new Set(readyKeys).size).toBe(readyKeys.length);
      }),
    );
  });

  it("ready parcels never take more than stock has; with splitting off nothing waits", () => {
    fc.assert(
      fc.property(arbitraryOrders, arbitraryOptions, arbitraryStock, (orders, options, stock) => {
        const parcels = groupOrders(orders, options, (sku) => stock[sku as keyof typeof stock]);
        if (!options.splitUnavailable) {
          expect(parcels.some((p) => p.awaitingStock)).toBe(false);
          return;
        }
        const taken = new Map<string, number>();
        for (const p of parcels.filter((p) => !p.awaitingStock)) {
          for (const l of p.lines) taken.set(l.sku, (taken.get(l.sku) ?? 0) + l.quantity);
        }
        for (const [sku, units] of taken) expect(units).toBeLessThanOrEqual(stock[sku as keyof typeof stock]);
      }),
    );
  });
});
