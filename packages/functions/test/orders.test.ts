import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Bus, type Envelope } from "@dianwu/core/bus";
import { Order, ShopInbox } from "@dianwu/core/orders";
import { useTestTable } from "@dianwu/local/testing/table";
import { signedIn } from "@dianwu/local/testing/http";
import { SYSTEM } from "@dianwu/local/testing/factories";
import { tmcBody, tradeStory, type StoryOptions } from "@dianwu/local/testing/orders";

let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
const published: Envelope[] = [];
let cs: Awaited<ReturnType<typeof signedIn>>;
let supervisor: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  ({ bus } = await useTestTable());
  Bus.setTransport(async (events) => {
    published.push(...events);
    events.forEach(bus.deliver);
  });
  cs = await signedIn(["cs_presale"], "customer_service");
  supervisor = await signedIn(["warehouse_supervisor"], "warehouse");
});

/** A trade that went through the webhook path (stored, applied by the consumer). */
async function trade(options: StoryOptions = {}) {
  const story = tradeStory(options);
  await withActor({ type: "platform", name: "taobao" }, async () => {
    for (const m of story.messages) await ShopInbox.receive(tmcBody(m));
  });
  await bus.drain();
  return String(story.tid);
}

describe("order list and detail", () => {
  it("lists by status with cursor pagination, filters by flag and by intercepted", async () => {
    const red = await trade({ memo: "#1011", flag: 1 });
    const blue = await trade({ memo: "#1011", flag: 4 });
    const refunded = await trade({ refund: "requested" });
    const all = [];
    let cursor: string | null = null;
    do {
      const response = await cs.get(`/api/orders?status=WAIT_SELLER_SEND_GOODS&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(response.status).toBe(200);
      all.push(...response.json.items.map((o: { tid: string }) => o.tid));
      cursor = response.json.cursor;
    } while (cursor);
    expect(all).toEqual(expect.arrayContaining([red, blue, refunded]));
    expect(new Set(all).size).toBe(all.length);

    const blues = (await cs.get("/api/orders?status=WAIT_SELLER_SEND_GOODS&flag=4")).json.items.map((o: { tid: string }) => o.tid);
    expect(blues).toContain(blue);
    expect(blues).not.toContain(red);
    const intercepted = (await cs.get("/api/orders?status=WAIT_SELLER_SEND_GOODS&intercepted=true")).json.items;
    expect(intercepted.map((o: { tid: string }) => o.tid)).toEqual([refunded]);
    expect(intercepted[0]).toMatchObject({ intercepted: true, flagName: "none" });
  });

  it("lists this month's orders when no status is given, and one buyer's", async () => {
    const tid = await trade({ buyerNick: "tom_buyer", pay: false, start: new Date(Date.now() - 60_000) });
    const month = (await cs.get("/api/orders")).json.items.map((o: { tid: string }) => o.tid);
    expect(month).toContain(tid);
    expect((await cs.get("/api/orders?buyerNick=tom_buyer")).json.items.map((o: { tid: string }) => o.tid)).toEqual([tid]);
  });

  it("shows an order with its message history and audit trail", async () => {
    const tid = await trade({ pay: false });
    await cs.post(`/api/orders/${tid}/chases`, { result: "no_answer", note: "电话未接" });
    const detail = await cs.get(`/api/orders/${tid}`);
    expect(detail.status).toBe(200);
    expect(detail.json.order).toMatchObject({ tid, status: "WAIT_BUYER_PAY", appliedCount: 2 });
    expect(detail.json.messages.map((m: { topic: string; source: string }) => [m.topic, m.source])).toEqual([
      ["taobao_trade_TradeCreate", "platform"],
      ["dianwu.chase", "staff"],
    ]);
    expect(detail.json.audit).toEqual([expect.objectContaining({ action: "order.chase", staffNo: cs.staff.staffNo, note: "电话未接" })]);
    expect((await cs.get("/api/orders/4000000000000000001")).status).toBe(404);
  });

  it("answers a cursor it did not hand out with 400 naming the cursor", async () => {
    const foreign = Buffer.from(JSON.stringify({ pk: "x", sk: "y" })).toString("base64url");
    for (const cursor of ["abc", "%ZZ", foreign, Buffer.from("[1]").toString("base64url")]) {
      for (const path of ["/api/orders?status=WAIT_BUYER_PAY&", "/api/orders/unpaid?", "/api/orders/intercepts?"]) {
        const response = await cs.get(`${path}cursor=${encodeURIComponent(cursor)}`);
        expect([response.status, response.json.field], `${path} ${cursor}`).toEqual([400, "cursor"]);
      }
    }
  });
});

describe("the unpaid chase list", () => {
  it("orders unpaid orders by time left to the 12-hour deadline and records who chased, when and the result", async () => {
    const older = await trade({ pay: false, start: new Date(Date.now() - 11 * 3600_000) });
    const newer = await trade({ pay: false, start: new Date(Date.now() - 3600_000) });
    const overdue = await trade({ pay: false, start: new Date(Date.now() - 13 * 3600_000) });
    const list = (await cs.get("/api/orders/unpaid?limit=200")).json.items;
    const ours = list.filter((o: { tid: string }) => [older, newer, overdue].includes(o.tid));
    expect(ours.map((o: { tid: string }) => o.tid)).toEqual([overdue, older, newer]);
    const left = ours.map((o: { chase: { secondsLeft: number } }) => o.chase.secondsLeft);
    expect(left[0]).toBeLessThan(0);
    expect(left[1]).toBeGreaterThan(3000);
    expect(left[1]).toBeLessThan(3700);

    const chased = await cs.post(`/api/orders/${older}/chases`, { result: "will_pay", note: "今晚付" });
    expect(chased.status).toBe(201);
    const after = (await cs.get("/api/orders/unpaid?limit=200")).json.items.find((o: { tid: string }) => o.tid === older);
    expect(after.chase).toMatchObject({ due: false, count: 1, last: { by: cs.staff.staffNo, result: "will_pay", note: "今晚付" } });
    const due = (await cs.get("/api/orders?unpaidDue=true&limit=200")).json.items.map((o: { tid: string }) => o.tid);
    expect(due).toEqual(expect.arrayContaining([newer, overdue]));
    expect(due).not.toContain(older);
  });

  it("refuses to chase a paid order and leaves chasing to customer service", async () => {
    const paid = await trade();
    expect((await cs.post(`/api/orders/${paid}/chases`, { result: "paid" })).status).toBe(409);
    expect((await supervisor.post(`/api/orders/${paid}/chases`, { result: "paid" })).status).toBe(403);
    expect((await cs.post(`/api/orders/${paid}/chases`, { result: "maybe" })).json.field).toBe("result");
  });
});

describe("adding items (RULES.md §2)", () => {
  const lines = [{ outerSkuId: "DW-SOCKS-1", title: "袜子", num: 2, priceFen: 1500 }];

  it("merges into an order order-making has not read, and sends it separately once it has", async () => {
    const tid = await trade();
    const merged = await cs.post(`/api/orders/${tid}/additions`, { lines, note: "顾客加购" });
    expect(merged.status).toBe(201);
    expect(merged.json).toMatchObject({ decision: "merged", separatePostage: false });
    expect(merged.json.order.lines.filter((l: { added: boolean }) => l.added)).toEqual([expect.objectContaining({ outerSkuId: "DW-SOCKS-1", num: 2, paymentFen: 3000 })]);
    expect(published.filter((e) => e["detail-type"] === "orders.changed" && (e.detail as { tid: string }).tid === tid).at(-1)?.detail).toMatchObject({
      changes: ["lines"],
    });

    expect((await cs.post(`/api/orders/${tid}/read`)).status).toBe(200);
    const separate = await cs.post(`/api/orders/${tid}/additions`, { lines });
    expect(separate.json).toMatchObject({ decision: "separate", reason: "read-by-order-making", separatePostage: true });
    expect(separate.json.order.lines.filter((l: { added: boolean }) => l.added)).toHaveLength(1);
    expect(separate.json.order.readByOrderMaking).toMatchObject({ by: cs.staff.staffNo });
  });
});

describe("intercepts (拦截)", () => {
  const eventsOf = (tid: string, type: string) => published.filter((e) => e["detail-type"] === type && (e.detail as { tid: string }).tid === tid).map((e) => e.detail as Record<string, unknown>);

  it("lists an address change after payment as open until a supervisor releases it, asking for a new waybill", async () => {
    const tid = await trade({ addressChange: true });
    const open = (await cs.get("/api/orders/intercepts?state=open&limit=200")).json.items.filter((i: { tid: string }) => i.tid === tid);
    expect(open).toEqual([expect.objectContaining({ reason: "address-changed", state: "open", receiverName: "张三" })]);
    expect(eventsOf(tid, "orders.intercepted")).toHaveLength(1);

    // A warehouse step reported meanwhile is recorded (it happened), and the intercept stays open.
    await withActor(SYSTEM, () => Order.recordStep(tid, "allocated"));
    expect((await cs.get(`/api/orders/${tid}`)).json.order).toMatchObject({ status: "allocated", intercepts: [expect.objectContaining({ state: "open" })] });
    expect((await cs.post(`/api/orders/${tid}/intercepts/release`, { note: "ok" })).status).toBe(403);

    const released = await supervisor.post(`/api/orders/${tid}/intercepts/release`, { note: "新地址已核对，重打面单" });
    expect(released.status).toBe(200);
    expect(released.json.intercepts).toEqual([expect.objectContaining({ state: "released", releasedBy: supervisor.staff.staffNo })]);
    expect(eventsOf(tid, "orders.released")).toEqual([
      expect.objectContaining({ releasedBy: supervisor.staff.staffNo, reprintWaybill: true, receiver: expect.objectContaining({ address: "文一西路 969 号" }) }),
    ]);
    expect((await cs.get("/api/orders/intercepts?state=released&limit=200")).json.items.map((i: { tid: string }) => i.tid)).toContain(tid);
    expect((await supervisor.post(`/api/orders/${tid}/intercepts/release`, { note: "again" })).status).toBe(409);
    await withActor(SYSTEM, () => Order.recordStep(tid, "packed"));
    expect((await cs.get(`/api/orders/${tid}`)).json.order.status).toBe("packed");
    expect((await cs.get(`/api/orders/${tid}`)).json.audit.map((a: { action: string }) => a.action)).toContain("order.release-intercept");
  });

  it("does not intercept a refund requested after the parcel was handed to the carrier", async () => {
    const story = tradeStory();
    const tid = String(story.tid);
    await withActor({ type: "platform", name: "taobao" }, async () => {
      for (const m of story.messages) await ShopInbox.receive(tmcBody(m));
    });
    await bus.drain();
    await withActor(SYSTEM, () => Order.recordStep(tid, "handed_to_carrier", new Date(Date.now() - 60_000)));
    const refund = tradeStory({ tid: story.tid, refund: "requested", start: new Date(Date.now() - 30 * 60_000), stepMinutes: 5 }).messages.find((m) => m.topic === "taobao_refund_RefundCreated")!;
    await withActor({ type: "platform", name: "taobao" }, () => ShopInbox.receive(tmcBody({ ...refund, pubTime: new Date() })));
    await bus.drain();
    expect((await cs.get(`/api/orders/${tid}`)).json.order.intercepts.map((i: { state: string }) => i.state)).toEqual(["too-late"]);
    expect(eventsOf(tid, "orders.intercepted")).toEqual([]);
  });
});

describe("credits", () => {
  it("are read by month and staff number by the roles that pay commission", async () => {
    await trade({ memo: "#2024 已核对", flag: 1 });
    const boss = await signedIn(["boss"]);
    const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(new Date(Date.now() - 6 * 3600_000 + 7 * 60_000));
    const credits = await boss.get(`/api/orders/credits?staffNo=2024&month=${month}`);
    expect(credits.status).toBe(200);
    expect(credits.json).toMatchObject({ staffNo: "2024", orders: 1 });
    expect((await cs.get(`/api/orders/credits?staffNo=2024&month=${month}`)).status).toBe(403);
  });
});
