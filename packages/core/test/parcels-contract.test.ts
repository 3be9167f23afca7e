import { describe, expect, it } from "vitest";
import { OrderForParcels, OrderIntercepted, OrderReleased } from "../src/packing/events";
import { Events as OrderEvents } from "../src/orders/events";

/**
 * The orders area owns orders.paid / changed / intercepted / released; parcel matching reads them
 * with its own schema. This keeps the two in step: a detail the orders area's schema accepts must
 * be one matching can read, with the fields it needs.
 */
const receiver = {
  name: "张三",
  mobile: "13800138000",
  state: "浙江省",
  city: "杭州市",
  district: "西湖区",
  address: "文三路100号",
  normalisedAddress: "浙江省杭州市西湖区文三路100号",
};
const payload = {
  tid: "4234567890123456789",
  version: 7,
  status: "WAIT_SELLER_SEND_GOODS",
  buyerNick: "买家甲",
  receiver,
  lines: [
    { oid: "4234567890123456790", outerSkuId: "TS-RED-M", title: "T恤", skuPropertiesName: "颜色:红;尺码:M", num: 2, refundStatus: "NO_REFUND" as const, added: false },
  ],
  paidAt: "2026-11-10T16:00:03.000Z",
  sellerMemo: "#1011",
  sellerFlag: 1,
  buyerMessage: "尽快",
  intercepted: false,
};

describe("the orders area's events, read by parcel matching", () => {
  it("orders.paid and orders.changed", () => {
    const paid = OrderEvents.Paid.schema.parse(payload);
    expect(OrderForParcels.parse(paid)).toMatchObject({
      tid: payload.tid,
      version: 7,
      buyerNick: "买家甲",
      receiver: { name: "张三", mobile: "13800138000", address: "文三路100号" },
      lines: [{ oid: "4234567890123456790", outerSkuId: "TS-RED-M", num: 2, refundStatus: "NO_REFUND" }],
      sellerFlag: 1,
    });
    const changed = OrderEvents.Changed.schema.parse({ ...payload, changes: ["receiver"] });
    expect(OrderForParcels.parse(changed).tid).toBe(payload.tid);
  });

  it("orders.intercepted and orders.released", () => {
    const intercepted = OrderEvents.Intercepted.schema.parse({
      tid: payload.tid,
      version: 8,
      intercepts: [
        { id: "i1", reason: "address-changed", at: "2026-11-11T01:00:00.000Z" },
        { id: "i2", reason: "refund", at: "2026-11-11T01:00:01.000Z" },
      ],
    });
    expect(OrderIntercepted.parse(intercepted).intercepts.map((i) => i.reason)).toEqual(["address_change", "refund"]);
    const released = OrderEvents.Released.schema.parse({
      tid: payload.tid,
      version: 9,
      interceptIds: ["i1"],
      releasedBy: "1020",
      reprintWaybill: true,
      receiver,
    });
    expect(OrderReleased.parse(released)).toMatchObject({ tid: payload.tid, reprintWaybill: true });
  });
});
