import { describe, expect, it } from "vitest";
import { signTopRequest, TopError, TopTradeSource } from "../src/orders/top";

/** TOP's published example (open.taobao.com, API call signing): taobao.item.seller.get with secret "helloworld". */
const PUBLISHED_EXAMPLE = {
  method: "taobao.item.seller.get",
  app_key: "12345678",
  session: "test",
  timestamp: "2016-01-01 12:00:00",
  format: "json",
  v: "2.0",
  sign_method: "md5",
  fields: "num_iid,title,nick,price,num",
  num_iid: "11223344",
};

const TRADE_JSON = `{"trade_fullinfo_get_response":{"trade":{"tid":4234567890123456789,"status":"WAIT_SELLER_SEND_GOODS",
  "buyer_nick":"买家甲","receiver_name":"张三","receiver_state":"浙江省","receiver_city":"杭州市","receiver_district":"西湖区",
  "receiver_address":"文三路 90 号","receiver_mobile":"13800000000","seller_memo":"#1011","seller_flag":1,
  "created":"2026-11-11 00:00:01","pay_time":"2026-11-11 00:00:03","modified":"2026-11-11 00:05:00","payment":"208.00","post_fee":"10.00",
  "orders":{"order":[{"oid":4234567890123456790,"outer_sku_id":"DW-TEE-RED-M","num":2,"price":"99.00","payment":"198.00","refund_status":"NO_REFUND"}]}}}}`;

function fakeFetch(status: number, body: string) {
  const calls: { url: string; form: URLSearchParams }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, form: new URLSearchParams(String(init.body)) });
    return new Response(body, { status, headers: { "content-type": "application/json" } });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

describe("TOP signing", () => {
  it("matches TOP's published md5 vector", () => {
    expect(signTopRequest(PUBLISHED_EXAMPLE, "helloworld")).toBe("66987CB115214E59E6EC978214934FB8");
  });

  it("ignores an existing sign parameter and empty values, and the order parameters are given in", () => {
    const shuffled = Object.fromEntries(Object.entries(PUBLISHED_EXAMPLE).reverse());
    expect(signTopRequest({ ...shuffled, sign: "WHATEVER", partner_id: "" }, "helloworld")).toBe("66987CB115214E59E6EC978214934FB8");
  });
});

describe("the TOP trade source", () => {
  const options = { appKey: "12345678", appSecret: "helloworld", session: "test", now: () => new Date("2026-11-10T16:00:00Z") };

  it("calls taobao.trade.fullinfo.get signed, at GMT+8, and reads the trade with exact ids", async () => {
    const { fetch, calls } = fakeFetch(200, TRADE_JSON);
    const trade = await new TopTradeSource({ ...options, fetch }).fullTrade("4234567890123456789");
    const form = calls[0]!.form;
    expect(calls[0]!.url).toBe("https://eco.taobao.com/router/rest");
    expect(Object.fromEntries(form)).toMatchObject({ method: "taobao.trade.fullinfo.get", tid: "4234567890123456789", timestamp: "2026-11-11 00:00:00", sign_method: "md5" });
    const { sign, ...signed } = Object.fromEntries(form);
    expect(sign).toBe(signTopRequest(signed, "helloworld"));
    expect(trade).toMatchObject({
      tid: "4234567890123456789",
      sellerMemo: "#1011",
      paymentFen: 20800,
      modifiedAt: "2026-11-10T16:05:00.000Z",
      lines: [{ oid: "4234567890123456790", outerSkuId: "DW-TEE-RED-M", num: 2 }],
    });
  });

  it("turns TOP's error response and HTTP failures into errors (the consumer retries, then parks the message)", async () => {
    const error = fakeFetch(200, '{"error_response":{"code":27,"msg":"Invalid session","sub_code":"invalid-sessionkey"}}');
    await expect(new TopTradeSource({ ...options, fetch: error.fetch }).fullTrade("1")).rejects.toMatchObject({ name: "TopError", code: "invalid-sessionkey" });
    const down = fakeFetch(502, "bad gateway");
    await expect(new TopTradeSource({ ...options, fetch: down.fetch }).fullTrade("1")).rejects.toBeInstanceOf(TopError);
  });
});
