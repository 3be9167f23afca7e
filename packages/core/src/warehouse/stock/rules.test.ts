import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMovement, applyReservation, EMPTY, MOVEMENT_TYPES, movementRule, planReservation, verifyCard, type Balance, type CardLine, type MovementType } from "./rules";

const movement = fc.record({
  type: fc.constantFrom(...MOVEMENT_TYPES),
  qty: fc.integer({ min: 1, max: 30 }),
  negative: fc.boolean(),
});
const step = fc.oneof(
  movement.map((m) => ({ kind: "move" as const, ...m })),
  fc.record({ kind: fc.constant("reserve" as const), qty: fc.integer({ min: -20, max: 20 }) }),
);

describe("stock arithmetic", () => {
  it("whatever is attempted, accepted steps keep on hand ≥ 0, reserved ≥ 0, available = on hand − reserved, and the card sums to on hand", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let balance: Balance = EMPTY;
        const card: CardLine[] = [];
        for (const s of steps) {
          if (s.kind === "reserve") {
            const r = s.qty === 0 ? undefined : applyReservation(balance, s.qty);
            if (r?.ok) balance = r.next;
            continue;
          }
          const qty = s.negative ? -s.qty : s.qty;
          const r = applyMovement(balance, s.type, qty);
          if (!r.ok) continue;
          balance = r.next;
          card.push({ seq: card.length + 1, qty, balanceAfter: balance.onHand });
          expect(balance.onHand).toBeGreaterThanOrEqual(0);
          expect(balance.reserved).toBeGreaterThanOrEqual(0);
          expect(balance.available).toBe(balance.onHand - balance.reserved);
        }
        expect(verifyCard(card, { ...balance, cardSeq: card.length })).toMatchObject({ consistent: true, cardSum: balance.onHand });
      }),
    );
  });

  it("an ordinary outflow never takes reserved stock; the issue of a parcel takes only reserved stock", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 60 }), (onHand, reservedWanted, qty) => {
        const reserved = Math.min(onHand, reservedWanted);
        const balance = { onHand, reserved, available: onHand - reserved };
        expect(applyMovement(balance, "transfer_out", -qty).ok).toBe(qty <= balance.available);
        expect(applyMovement(balance, "issue", -qty).ok).toBe(qty <= reserved);
        expect(applyMovement(balance, "count_shortage", -qty).ok).toBe(qty <= onHand);
      }),
    );
  });

  it("refuses zero, fractions and the wrong direction", () => {
    expect(applyMovement(EMPTY, "receipt", 0)).toEqual({ ok: false, reason: "zero" });
    expect(applyMovement(EMPTY, "receipt", 1.5)).toEqual({ ok: false, reason: "zero" });
    expect(applyMovement({ onHand: 5, reserved: 0, available: 5 }, "receipt", -1)).toEqual({ ok: false, reason: "direction" });
    expect(applyMovement(EMPTY, "issue", 1)).toEqual({ ok: false, reason: "direction" });
    for (const type of MOVEMENT_TYPES) expect(["available", "reserved", "onHand"]).toContain(movementRule(type as MovementType).guard);
  });

  it("the card check names what disagrees", () => {
    const good = [{ seq: 1, qty: 5, balanceAfter: 5 }, { seq: 2, qty: -2, balanceAfter: 3 }];
    expect(verifyCard(good, { onHand: 3, reserved: 1, available: 2, cardSeq: 2 }).consistent).toBe(true);
    expect(verifyCard([good[0]!, { seq: 3, qty: -2, balanceAfter: 3 }], { onHand: 3, reserved: 0, available: 3, cardSeq: 2 }).problems).toEqual(["line 2 has sequence 3"]);
    expect(verifyCard(good, { onHand: 4, reserved: 0, available: 4, cardSeq: 2 }).problems).toEqual(["on hand 4, card sum 3"]);
    expect(verifyCard(good, { onHand: 3, reserved: 0, available: 2, cardSeq: 2 }).consistent).toBe(false);
  });
});

describe("where a reservation is taken", () => {
  const bins = fc.array(fc.record({ binCode: fc.constantFrom("A-01-01-1", "A-01-02-1", "B-02-01-1", "D-01-01-1"), available: fc.integer({ min: -3, max: 20 }), sellable: fc.boolean() }), { maxLength: 4 });

  it("takes exactly what was asked from sellable bins with room, or reports every short SKU", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("s1", "s2", "s3"), bins), fc.array(fc.record({ skuId: fc.constantFrom("s1", "s2", "s3"), qty: fc.integer({ min: 1, max: 25 }) }), { minLength: 1, maxLength: 5 }), (raw, requests) => {
        const stock = new Map(Object.entries(raw).map(([sku, list]) => [sku, [...new Map(list.map((b) => [b.binCode, b])).values()]]));
        const plan = planReservation(requests, stock, new Map([["s1", "A-01-02-1"]]));
        const free = (sku: string) => (stock.get(sku) ?? []).filter((b) => b.sellable).reduce((s, b) => s + Math.max(0, b.available), 0);
        const wanted = (sku: string) => requests.filter((r) => r.skuId === sku).reduce((s, r) => s + r.qty, 0);
        const skus = [...new Set(requests.map((r) => r.skuId))];
        if (plan.ok) {
          for (const sku of skus) expect(plan.lines.filter((l) => l.skuId === sku).reduce((s, l) => s + l.qty, 0)).toBe(wanted(sku));
          for (const line of plan.lines) {
            const bin = stock.get(line.skuId)!.find((b) => b.binCode === line.binCode)!;
            expect(bin.sellable).toBe(true);
            expect(line.qty).toBeLessThanOrEqual(bin.available);
          }
        } else {
          expect(plan.shortages.map((s) => s.skuId).sort()).toEqual(skus.filter((s) => wanted(s) > free(s)).sort());
        }
      }),
    );
  });

  it("prefers the home bin, then the fullest", () => {
    const stock = new Map([["s1", [{ binCode: "B-01-01-1", available: 9, sellable: true }, { binCode: "A-01-01-1", available: 2, sellable: true }, { binCode: "C-01-01-1", available: 4, sellable: true }]]]);
    const plan = planReservation([{ skuId: "s1", qty: 8 }], stock, new Map([["s1", "A-01-01-1"]]));
    expect(plan).toEqual({ ok: true, lines: [{ skuId: "s1", binCode: "A-01-01-1", qty: 2 }, { skuId: "s1", binCode: "B-01-01-1", qty: 6 }] });
  });
});
