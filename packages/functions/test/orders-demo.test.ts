import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Order } from "@dianwu/core/orders";
import { useTestTable } from "@dianwu/local/testing/table";
import { loadOrders } from "@dianwu/local/demo/orders";

let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
beforeAll(async () => {
  ({ bus } = await useTestTable());
});

describe("demo orders", () => {
  it("load through the inbox and reducer into every state the console shows", async () => {
    await withActor({ type: "system", reason: "demo-data" }, loadOrders);
    await bus.drain();
    const statuses = ["WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_CONFIRM_GOODS", "TRADE_FINISHED", "TRADE_CLOSED_BY_TAOBAO", "TRADE_CLOSED"] as const;
    const counts = await Promise.all(statuses.map(async (status) => (await Order.list({ status, limit: 50 })).items.length));
    expect(Object.fromEntries(statuses.map((s, i) => [s, counts[i]]))).toEqual({
      WAIT_BUYER_PAY: 3,
      WAIT_SELLER_SEND_GOODS: 5,
      WAIT_BUYER_CONFIRM_GOODS: 2,
      TRADE_FINISHED: 1,
      TRADE_CLOSED_BY_TAOBAO: 1,
      TRADE_CLOSED: 1,
    });
    const open = (await Order.intercepts({ state: "open" })).items;
    expect(open.map((i) => i.reason).sort()).toEqual(["address-changed", "refund"]);
    const unpaid = (await Order.unpaid()).items;
    expect(unpaid.map((o) => [o.chase.secondsLeft < 0, o.chase.due])).toEqual([
      [true, true],
      [false, false],
      [false, true],
    ]);
    const paid = (await Order.list({ status: "WAIT_SELLER_SEND_GOODS" })).items;
    expect(paid.map((o) => o.creditedStaffNo).sort()).toEqual(["1011", "1011", "1011", "1012", "1012"]);
  }, 180_000);
});
