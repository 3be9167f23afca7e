import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { platformTimeToUtc, toPlatformTime, yuanToFen } from "./platform";
import { parseTrade } from "./trade";
import { parseExact } from "./exact-json";

describe("platform values", () => {
  it("reads GMT+8 times without a zone marker as UTC", () => {
    expect(platformTimeToUtc("2026-11-11 00:00:03")).toBe("2026-11-10T16:00:03.000Z");
    expect(platformTimeToUtc("2026-01-01 07:59:59")).toBe("2025-12-31T23:59:59.000Z");
    expect(["2026-02-30 10:00:00", "2026-11-11T00:00:03", "2026-11-11 24:00:00", "", "yesterday"].map(platformTimeToUtc)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("round-trips every instant to the second", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000 }), (seconds) => {
        const date = new Date(seconds * 1000);
        return platformTimeToUtc(toPlatformTime(date)) === date.toISOString();
      }),
    );
  });

  it("turns yuan into integer fen without floating point", () => {
    expect(["9.56", "0.1", "12", "0.07", "1999.99", 19.99, 100.1].map((v) => yuanToFen(v as string))).toEqual([956, 10, 1200, 7, 199999, 1999, 10010]);
    expect(["", "1.234", "abc", "1,000.00", NaN].map((v) => yuanToFen(v as string))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 11 }), (fen) => yuanToFen(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`) === fen));
  });

  it("reads a TOP fullinfo trade: exact ids, fen, UTC, lines", () => {
    const raw = parseExact(`{
      "tid": 4234567890123456789, "status": "WAIT_SELLER_SEND_GOODS", "buyer_nick": "买家甲",
      "receiver_name": "张三", "receiver_state": "浙江省", "receiver_city": "杭州市", "receiver_district": "西湖区",
      "receiver_address": "文三路 90 号", "receiver_mobile": "13800000000", "receiver_zip": 310000,
      "seller_memo": "", "seller_flag": 1, "buyer_message": "",
      "created": "2026-11-11 00:00:01", "pay_time": "2026-11-11 00:00:03", "modified": "2026-11-11 00:00:03",
      "payment": "208.00", "post_fee": "10.00", "total_fee": "198.00",
      "orders": {"order": [{"oid": 4234567890123456790, "outer_sku_id": "DW-TEE-RED-M", "title": "T恤",
        "sku_properties_name": "颜色:红色;尺码:M", "num": "2", "price": "99.00", "payment": "198.00", "refund_status": "NO_REFUND"}]}
    }`);
    const trade = parseTrade(raw);
    expect(trade.success).toBe(true);
    expect(trade.data).toMatchObject({
      tid: "4234567890123456789",
      buyerNick: "买家甲",
      receiver: { name: "张三", zip: "310000", address: "文三路 90 号" },
      sellerMemo: "",
      sellerFlag: 1,
      buyerMessage: undefined,
      paidAt: "2026-11-10T16:00:03.000Z",
      paymentFen: 20800,
      postFeeFen: 1000,
      lines: [{ oid: "4234567890123456790", outerSkuId: "DW-TEE-RED-M", num: 2, priceFen: 9900, paymentFen: 19800, refundStatus: "NO_REFUND" }],
    });
    expect(parseTrade({ tid: 4234567890123456789 }).success).toBe(false);
  });
});
