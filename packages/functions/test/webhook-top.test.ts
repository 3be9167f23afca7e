import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedTradeSource, Order, setTradeSource, TopTradeSource } from "@dianwu/core/orders";
import { useTestTable } from "@dianwu/local/testing/table";
import { client } from "@dianwu/local/testing/http";
import { jsonWithInt64, signedHeaders } from "@dianwu/local/testing/orders";

/**
 * A message that carries only ids, as TMC sends them: the consumer completes it from the trade
 * source. Here the source is the TOP client with an injected fetch (no network).
 */
let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
const calls: string[] = [];

beforeAll(async () => {
  ({ bus } = await useTestTable());
  const fetch = (async (_url: string, init: RequestInit) => {
    const tid = new URLSearchParams(String(init.body)).get("tid")!;
    calls.push(tid);
    return new Response(
      `{"trade_fullinfo_get_response":{"trade":{"tid":${tid},"status":"WAIT_SELLER_SEND_GOODS","buyer_nick":"买家乙",
        "receiver_name":"李四","receiver_address":"文三路 90 号","receiver_state":"浙江省","receiver_city":"杭州市",
        "pay_time":"2026-11-11 00:00:03","created":"2026-11-11 00:00:01","modified":"2026-11-11 00:00:04","payment":"99.00",
        "orders":{"order":[{"oid":${tid}1,"outer_sku_id":"DW-JEANS-30","num":1,"price":"99.00"}]}}}}`,
      { status: 200 },
    );
  }) as unknown as typeof globalThis.fetch;
  setTradeSource(new TopTradeSource({ appKey: "k", appSecret: "s", session: "t", fetch }));
});

afterAll(() => setTradeSource(EmbeddedTradeSource));

describe("completing id-only messages", () => {
  it("fetches the full trade for a TMC message that carries only ids", async () => {
    const body = jsonWithInt64({
      id: 4288888888888888888n,
      topic: "taobao_trade_TradeBuyerPay",
      pub_time: "2026-11-11 00:00:03",
      user_nick: "演示店铺",
      content: jsonWithInt64({ buyer_nick: "买家乙", payment: "99.00", oid: 423456789012345678n, tid: 423456789012345678n, type: "guarantee_trade", seller_nick: "演示店铺" }),
    });
    expect((await client().call("POST", "/api/webhooks/shop", body, signedHeaders(body))).status).toBe(202);
    await bus.drain();
    expect(calls).toEqual(["423456789012345678"]);
    const order = await Order.fromTid("423456789012345678");
    expect(order).toMatchObject({
      status: "WAIT_SELLER_SEND_GOODS",
      buyerNick: "买家乙",
      receiver: { name: "李四" },
      lines: [{ oid: "4234567890123456781", outerSkuId: "DW-JEANS-30", num: 1 }],
    });
  });
});
