import { beforeAll, describe, expect, it } from "vitest";
import { Bus, type Envelope } from "@dianwu/core/bus";
import { decodeState, interpret, Order, OrderEntity, OrderHistoryEntity, OrderRules, ShopInbox, toOrderMessage } from "@dianwu/core/orders";
import { useTestTable } from "@dianwu/local/testing/table";
import { client } from "@dianwu/local/testing/http";
import { jsonWithInt64, signedHeaders, tmcBody, tradeStory, type TmcMessage } from "@dianwu/local/testing/orders";

let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
const published: Envelope[] = [];
const api = client();

beforeAll(async () => {
  ({ bus } = await useTestTable());
  // Record what is published, then deliver it as the local bus would.
  Bus.setTransport(async (events) => {
    published.push(...events);
    events.forEach(bus.deliver);
  });
});

const post = (body: string, headers: Record<string, string> = signedHeaders(body)) => api.call("POST", "/api/webhooks/shop", body, headers);
const deliver = async (messages: TmcMessage[]) => {
  const responses = [];
  for (const m of messages) responses.push(await post(tmcBody(m)));
  await bus.drain();
  return responses;
};
const stored = async (tid: bigint | string) => {
  const row = (await OrderEntity.get({ tid: String(tid) }).go({ consistent: true })).data;
  return row && { ...row, order: decodeState(row.state) };
};
/** The projection the pure reducer gives for the messages in the order they were sent. */
function expectedFor(messages: TmcMessage[]) {
  const applied = messages.map((m) => {
    const i = interpret(ShopInbox.parseShopMessage(tmcBody(m)));
    if (i.kind !== "order") throw new Error(i.reason);
    return toOrderMessage(i);
  });
  return OrderRules.applyAll(undefined, applied)!;
}

describe("webhook authentication", () => {
  const body = tmcBody(tradeStory().messages[0]!);
  const now = Math.floor(Date.now() / 1000);

  it.each([
    ["missing", {}, "signature.missing"],
    ["malformed", { "x-dianwu-signature": "v1=abc" }, "signature.malformed"],
    ["stale (6 minutes old)", signedHeaders(body, undefined, now - 360), "signature.stale"],
    ["from the future", signedHeaders(body, undefined, now + 360), "signature.stale"],
    ["signed with another secret", signedHeaders(body, "not-the-secret"), "signature.mismatch"],
    ["for another body", signedHeaders(body.replace("TradeCreate", "TradeChanged")), "signature.mismatch"],
  ])("refuses a signature that is %s with 401 saying which check failed", async (_label, headers, code) => {
    const response = await post(body, { "content-type": "application/json", ...headers });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.json.code).toBe(code);
  });

  it("accepts a signature within the 5 minutes, and any of several v1 values (secret rotation)", async () => {
    const fresh = tmcBody(tradeStory().messages[0]!);
    const t = now - 240;
    const good = signedHeaders(fresh, undefined, t)["x-dianwu-signature"];
    const other = signedHeaders(fresh, "old-secret", t)["x-dianwu-signature"].split(",")[1];
    expect((await post(fresh, { "content-type": "application/json", "x-dianwu-signature": `${good},${other}` })).status).toBe(202);
  });

  it("a signed body that is not a message is a 400 naming the field", async () => {
    const bad = JSON.stringify({ id: "12", topic: "taobao_trade_TradeCreate", pub_time: "11/11/2026", content: "{}" });
    const response = await post(bad);
    expect(response.status).toBe(400);
    expect(response.json.field).toBe("pub_time");
  });
});

describe("ingestion", () => {
  it("stores, acknowledges at once and applies in the consumer, with int64 ids exact end to end", async () => {
    const tid = 4234567890123456789n;
    const story = tradeStory({ tid, memo: "#1011 已核对", flag: 1 });
    const body = tmcBody(story.messages[0]!);
    expect(body).toContain(`"id":${story.messages[0]!.id}`);
    expect(body).toContain(`\\"tid\\":4234567890123456789`);
    const responses = await deliver(story.messages);
    expect(responses.map((r) => r.status)).toEqual(story.messages.map(() => 202));
    expect(responses[0]!.json.messageId).toBe(String(story.messages[0]!.id));

    const row = await stored(tid);
    expect(row?.tid).toBe("4234567890123456789");
    expect(row?.orderStatus).toBe("WAIT_SELLER_SEND_GOODS");
    expect(row?.appliedCount).toBe(story.messages.length);
    const inbox = await ShopInbox.fromId(String(story.messages[1]!.id));
    expect(inbox).toMatchObject({ state: "applied", tid: "4234567890123456789", topic: "taobao_trade_TradeBuyerPay" });
    const firstOid = (story.messages[0]!.content.trade as { orders: { order: { oid: bigint }[] } }).orders.order[0]!.oid;
    expect(firstOid > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(OrderRules.linesOf(row!.order)[0]!.oid).toBe(String(firstOid));
  });

  it("acknowledges a message id seen before with 200 and applies it once", async () => {
    const story = tradeStory({ pay: true });
    await deliver(story.messages);
    const again = await deliver([story.messages[1]!, story.messages[1]!]);
    expect(again.map((r) => [r.status, r.json.outcome])).toEqual([
      [200, "duplicate"],
      [200, "duplicate"],
    ]);
    const row = await stored(story.tid);
    expect(row?.appliedCount).toBe(story.messages.length);
    const history = await OrderHistoryEntity.query.byOrder({ tid: String(story.tid) }).go();
    expect(history.data.map((h) => h.messageId).sort()).toEqual(story.messages.map((m) => String(m.id)).sort());
  });

  it("stores and acknowledges a topic it does not handle, without touching any order", async () => {
    const id = 4299999999999999999n;
    const body = jsonWithInt64({ id, topic: "taobao_item_ItemUpdate", pub_time: "2026-11-11 00:00:03", user_nick: "演示店铺", content: jsonWithInt64({ num_iid: 123n }) });
    expect((await post(body)).status).toBe(202);
    await bus.drain();
    expect(await ShopInbox.fromId(String(id))).toMatchObject({ state: "ignored", note: "topic taobao_item_ItemUpdate is not handled" });
  });

  it("ends in the in-order state whatever the delivery order and duplication", async () => {
    const story = tradeStory({ memo: "#1012", flag: 1, addressChange: true, refund: "agreed", ship: true });
    const shuffled = [...story.messages].reverse();
    shuffled.splice(2, 0, story.messages[3]!, story.messages[0]!);
    await deliver(shuffled);
    const row = await stored(story.tid);
    expect(row!.order).toEqual(expectedFor(story.messages));
    expect(row!.appliedCount).toBe(story.messages.length);
    expect(OrderRules.statusOf(row!.order)).toBe("WAIT_BUYER_CONFIRM_GOODS");
  });

  it("loses no update when many messages of one trade are applied at once (version check and retry)", async () => {
    const story = tradeStory({ memo: "#1013", flag: 1, refund: "success", finish: true });
    const responses = await Promise.all(story.messages.map((m) => post(tmcBody(m))));
    expect(responses.every((r) => r.status === 202)).toBe(true);
    await bus.drain();
    const row = await stored(story.tid);
    expect(row!.appliedCount).toBe(story.messages.length);
    expect(row!.version).toBe(story.messages.length);
    expect(row!.order).toEqual(expectedFor(story.messages));
  });
});

describe("what the orders area announces", () => {
  const eventsFor = (tid: bigint, type: string) => published.filter((e) => e["detail-type"] === type && (e.detail as { tid: string }).tid === String(tid));

  it("orders.paid once, with the receiver (normalised address) and lines for parcel matching", async () => {
    const story = tradeStory({ receiver: { name: "李四", mobile: "13900000000", state: "浙江省", city: "杭州市", district: "西湖区", address: "浙江省杭州市西湖区 文三路９０号", zip: "310000" } });
    await deliver([...story.messages, story.messages[1]!]);
    const paid = eventsFor(story.tid, "orders.paid");
    expect(paid).toHaveLength(1);
    expect(paid[0]!.detail).toMatchObject({
      tid: String(story.tid),
      status: "WAIT_SELLER_SEND_GOODS",
      receiver: { name: "李四", normalisedAddress: expect.stringContaining("文三路90号") },
      lines: [{ outerSkuId: expect.any(String), num: expect.any(Number), refundStatus: "NO_REFUND" }],
      intercepted: false,
    });
  });

  it("a refund request before handover intercepts the order and orders.intercepted goes out", async () => {
    const story = tradeStory({ refund: "requested" });
    // One at a time: the refund request comes to an order already known to be paid. (Delivered
    // together, the full trade fetched when the first message is applied can already carry the
    // refund request; the order then announces itself paid and intercepted in orders.paid, with
    // no orders.changed: right, but not this story.)
    for (const message of story.messages) await deliver([message]);
    const intercepted = eventsFor(story.tid, "orders.intercepted");
    expect(intercepted).toHaveLength(1);
    expect((intercepted[0]!.detail as { intercepts: { reason: string }[] }).intercepts[0]!.reason).toBe("refund");
    const order = await Order.fromTid(String(story.tid));
    expect(order.intercepts.map((i) => i.state)).toEqual(["open"]);
    expect(order.lines[0]!.refundStatus).toBe("WAIT_SELLER_AGREE");
    expect(eventsFor(story.tid, "orders.changed").at(-1)?.detail).toMatchObject({ intercepted: true });
  });
});
