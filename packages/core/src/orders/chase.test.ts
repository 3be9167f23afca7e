import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chaseDeadline, chaseView } from "./chase";
import { apply, emptyOrder } from "./rules";

const TID = "4234567890123456789";

describe("the unpaid chase (RULES.md §2)", () => {
  it("is due 12 hours (the setting) after the order was placed", () => {
    const order = { ...emptyOrder(TID, "2026-11-11T02:00:00.000Z"), createdAt: "2026-11-11T01:00:00.000Z" };
    expect(chaseDeadline(order, 12)).toBe("2026-11-11T13:00:00.000Z");
    expect(chaseDeadline(emptyOrder(TID, "2026-11-11T02:00:00.000Z"), 6)).toBe("2026-11-11T08:00:00.000Z");
  });

  it("counts down to the deadline and below zero after it; orders sort by time left as they sort by time placed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 1, max: 72 }), (a, b, hours) => {
        const now = new Date("2026-11-12T00:00:00Z");
        const placed = (s: number) => ({ ...emptyOrder(TID, "2026-11-11T00:00:00.000Z"), createdAt: new Date(now.getTime() - s * 1000).toISOString() });
        const [va, vb] = [chaseView(placed(a), hours, now), chaseView(placed(b), hours, now)];
        expect(va.secondsLeft).toBe(hours * 3600 - a);
        return Math.sign(va.secondsLeft - vb.secondsLeft) === Math.sign(b - a);
      }),
    );
  });

  it("says who chased last, when, and what came of it; an order chased once is no longer due", () => {
    const placed = { ...emptyOrder(TID, "2026-11-11T00:00:00.000Z"), createdAt: "2026-11-11T00:00:00.000Z" };
    const chased = apply(apply(placed, { id: "dw-2", tid: TID, at: "2026-11-11T03:00:00.000Z", topic: "dianwu.chase", chase: { by: "1012", result: "will_pay" } }), {
      id: "dw-1",
      tid: TID,
      at: "2026-11-11T02:00:00.000Z",
      topic: "dianwu.chase",
      chase: { by: "1011", result: "no_answer" },
    });
    const view = chaseView(chased, 12, new Date("2026-11-11T04:00:00Z"));
    expect(view).toMatchObject({ due: false, count: 2, secondsLeft: 8 * 3600, last: { by: "1012", result: "will_pay", at: "2026-11-11T03:00:00.000Z" } });
    expect(chaseView(placed, 12, new Date("2026-11-11T04:00:00Z")).due).toBe(true);
  });
});
