import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { additionDecision } from "./additions";
import { apply, applyAll, INTERNAL_STEPS, type OrderMessage } from "./rules";

const TID = "4234567890123456789";
const msg = (id: string, f: Partial<OrderMessage>): OrderMessage => ({ id, tid: TID, at: "2026-11-11T00:00:00.000Z", topic: "test", ...f });
const paid = applyAll(undefined, [msg("1", { status: "WAIT_BUYER_PAY" }), msg("2", { status: "WAIT_SELLER_SEND_GOODS" })])!;

describe("adding items (RULES.md §2)", () => {
  it("merges into an order order-making has not read yet", () => {
    expect(additionDecision(paid)).toEqual({ decision: "merged" });
    expect(additionDecision(applyAll(undefined, [msg("1", { status: "WAIT_BUYER_PAY" })])!)).toEqual({ decision: "merged" });
  });

  it("sends the additions as a separate order with its own postage once order-making has read it", () => {
    expect(additionDecision(apply(paid, msg("3", { read: { by: "1011" } })))).toEqual({ decision: "separate", reason: "read-by-order-making" });
  });

  it("never merges into an order the warehouse has started, shipped or closed", () => {
    for (const step of INTERNAL_STEPS) expect(additionDecision(apply(paid, msg("3", { step }))).decision).toBe("separate");
    expect(additionDecision(apply(paid, msg("3", { status: "WAIT_BUYER_CONFIRM_GOODS" })))).toEqual({ decision: "separate", reason: "order-finished" });
    expect(additionDecision(apply(paid, msg("3", { closed: true })))).toEqual({ decision: "separate", reason: "order-finished" });
  });

  it("once separate, stays separate whatever else happens to the order (the rank never goes back)", () => {
    const facts = fc.oneof(
      fc.constant<Partial<OrderMessage>>({ status: "WAIT_SELLER_SEND_GOODS" }),
      fc.constantFrom(...INTERNAL_STEPS).map((step) => ({ step })),
      fc.constant<Partial<OrderMessage>>({ read: { by: "1011" } }),
      fc.constant<Partial<OrderMessage>>({ memo: "#1011" }),
    );
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 6 }), fc.array(facts, { maxLength: 6 }), (first, later) => {
        const a = applyAll(paid, first.map((f, i) => msg(`a${i}`, f)))!;
        fc.pre(additionDecision(a).decision === "separate");
        const b = applyAll(a, later.map((f, i) => msg(`b${i}`, f)))!;
        return additionDecision(b).decision === "separate";
      }),
    );
  });
});
