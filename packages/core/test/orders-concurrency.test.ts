import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { applyMessage, decodeState, OrderEntity, OrderRules } from "@dianwu/core/orders";
import type { OrderMessage } from "../src/orders/rules";
import { useTestTable } from "@dianwu/local/testing/table";

/**
 * Writers in different processes (Lambda containers) meet only at the version check: many
 * messages of one order applied at once must all land, each exactly once, in the in-order state.
 */
beforeAll(async () => {
  await useTestTable();
});

const TID = "4234567890123456700";
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 10, 16, minutes)).toISOString();

describe("concurrent writers of one order", () => {
  it("lose no update: the version check makes the losers re-read and apply again", async () => {
    const messages: OrderMessage[] = [
      { id: "1", tid: TID, at: at(0), topic: "t", status: "WAIT_BUYER_PAY" },
      { id: "2", tid: TID, at: at(1), topic: "t", status: "WAIT_SELLER_SEND_GOODS" },
      { id: "3", tid: TID, at: at(2), topic: "t", memo: "#1011", flag: 1 },
      { id: "4", tid: TID, at: at(3), topic: "t", refund: { refundId: "9", phase: "requested" }, intercept: "refund" },
      { id: "5", tid: TID, at: at(4), topic: "t", chase: { by: "1011", result: "paid" } },
      { id: "6", tid: TID, at: at(5), topic: "t", step: "allocated" },
      { id: "7", tid: TID, at: at(6), topic: "t", read: { by: "1020" } },
      { id: "8", tid: TID, at: at(7), topic: "t", buyerNick: "买家甲" },
    ];
    const results = await withActor({ type: "platform", name: "taobao" }, () =>
      Promise.all([...messages, ...messages.slice(0, 3)].map((m) => applyMessage(m, { source: "platform" }))),
    );
    expect(results.filter((r) => r.outcome === "applied")).toHaveLength(messages.length);
    const row = (await OrderEntity.get({ tid: TID }).go({ consistent: true })).data!;
    expect(row.appliedCount).toBe(messages.length);
    expect(row.version).toBe(messages.length);
    expect(decodeState(row.state)).toEqual(OrderRules.applyAll(undefined, messages));
  });
});
