import { beforeAll, describe, expect, it } from "vitest";
import { Bus, runConsumer, type Envelope } from "@dianwu/core/bus";
import { consumers } from "@dianwu/functions/events/index";
import { useTestTable } from "@dianwu/local/testing/table";
import { signedIn } from "@dianwu/local/testing/http";
import { newPlatformId } from "@dianwu/local/testing/orders";

let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
let boss: Awaited<ReturnType<typeof signedIn>>;
/** Chunk events are held back here, so a test can run the job one chunk at a time. */
const held: Envelope[] = [];
let hold = false;

beforeAll(async () => {
  ({ bus } = await useTestTable());
  // Only the import's own events are delivered: what other areas do with orders.paid is not under test.
  Bus.setTransport(async (events) => {
    for (const e of events.filter((e) => e["detail-type"] === "orders.import-chunk")) {
      if (hold) held.push(e);
      else bus.deliver(e);
    }
  });
  boss = await signedIn(["operations"], "operations");
});

const HEADER = "订单编号,买家会员名,买家实际支付金额,订单状态,买家留言,收货人姓名,收货地址 ,联系手机,订单创建时间,订单付款时间 ,宝贝标题 ,宝贝种类,订单备注,宝贝总数量";

function row(tid: bigint, overrides: Partial<Record<"status" | "created" | "paid" | "payment", string>> = {}) {
  return [
    `="${tid}"`,
    `买家${tid % 1000n}`,
    overrides.payment ?? "208.00",
    overrides.status ?? "买家已付款，等待卖家发货",
    "",
    "张三",
    "浙江省 杭州市 西湖区 文三路 90号(310000)",
    "'13800000000",
    overrides.created ?? "2026-11-11 00:00:01",
    overrides.paid ?? "2026-11-11 00:00:03",
    '"T恤, 红色"',
    "1",
    "#1011",
    "1",
  ].join(",");
}

describe("bulk import of the seller centre's export", () => {
  it("answers at once, applies in the background with progress per chunk, and reports each refused row and why", async () => {
    const tids = Array.from({ length: 230 }, () => newPlatformId());
    const lines = tids.map((tid) => row(tid));
    lines[10] = row(tids[10]!, { status: "退款中" });
    lines[150] = row(tids[150]!, { created: "yesterday" });
    lines[229] = "4.23457E+18,买家,1.00,交易成功,,,,,2026-11-11 00:00:01,,,,,1";
    hold = true;
    const created = await boss.post("/api/orders/imports", { fileName: "ExportOrderList.csv", csv: `\uFEFF${HEADER}\r\n${lines.join("\r\n")}\r\n` });
    expect(created.status).toBe(202);
    const jobId = created.json.jobId;
    expect(created.json).toMatchObject({ state: "queued", totalRows: 230, chunksTotal: 3, rowsDone: 0, percent: 0 });

    const progress: number[] = [];
    while (held.length) {
      const event = held.shift()!;
      await runConsumer("orders-import", consumers["orders-import"]!, event);
      progress.push((await boss.get(`/api/orders/imports/${jobId}`)).json.rowsDone);
    }
    hold = false;
    expect(progress).toEqual([100, 200, 230]);

    const job = (await boss.get(`/api/orders/imports/${jobId}`)).json;
    expect(job).toMatchObject({ state: "done", totalRows: 230, rowsDone: 230, accepted: 227, rejected: 3, percent: 100 });
    const rejects = (await boss.get(`/api/orders/imports/${jobId}/rejects`)).json.items;
    expect(rejects.map((r: { rowNo: number; field: string }) => [r.rowNo, r.field])).toEqual([
      [12, "status"],
      [152, "created"],
      [231, "tid"],
    ]);
    expect(rejects[0].reason).toContain("退款中");

    const order = (await boss.get(`/api/orders/${tids[0]}`)).json;
    expect(order.order).toMatchObject({ tid: String(tids[0]), status: "WAIT_SELLER_SEND_GOODS", paymentFen: 20800, sellerMemo: "#1011", creditedStaffNo: "1011" });
    expect(order.messages).toEqual([expect.objectContaining({ topic: "dianwu.import", source: "import", actor: boss.staff.staffNo })]);
    expect((await boss.get("/api/orders/imports")).json.items[0]).toMatchObject({ jobId, fileName: "ExportOrderList.csv" });
  }, 180_000);

  it("applies a redelivered chunk once", async () => {
    const tid = newPlatformId();
    hold = true;
    const created = await boss.post("/api/orders/imports", { fileName: "one.csv", csv: `${HEADER}\n${row(tid)}\n` });
    const event = held.shift()!;
    hold = false;
    const fresh = { ...event, id: `${event.id}-again` };
    await runConsumer("orders-import", consumers["orders-import"]!, event);
    await runConsumer("orders-import", consumers["orders-import"]!, fresh);
    expect((await boss.get(`/api/orders/imports/${created.json.jobId}`)).json).toMatchObject({ state: "done", rowsDone: 1, accepted: 1 });
    expect((await boss.get(`/api/orders/${tid}`)).json.order.appliedCount).toBe(1);
  });

  it("takes a large file in parts, numbering rows on from the last part", async () => {
    const first = await boss.post("/api/orders/imports", { fileName: "big.csv", csv: `${HEADER}\n${row(newPlatformId())}\n`, more: true });
    expect(first.json.state).toBe("receiving");
    const bad = row(newPlatformId(), { payment: "lots" });
    const last = await boss.post(`/api/orders/imports/${first.json.jobId}/parts`, { csv: `${row(newPlatformId())}\n${bad}\n` });
    expect(last.status).toBe(202);
    await bus.drain();
    const job = (await boss.get(`/api/orders/imports/${first.json.jobId}`)).json;
    expect(job).toMatchObject({ state: "done", totalRows: 3, accepted: 2, rejected: 1 });
    expect((await boss.get(`/api/orders/imports/${first.json.jobId}/rejects`)).json.items).toEqual([expect.objectContaining({ rowNo: 4, field: "payment" })]);
    expect((await boss.post(`/api/orders/imports/${first.json.jobId}/parts`, { csv: row(newPlatformId()) })).status).toBe(409);
  });

  it("refuses a file without the columns it needs, naming them", async () => {
    const response = await boss.post("/api/orders/imports", { fileName: "items.csv", csv: "宝贝标题,数量\nT恤,1\n" });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ field: "csv", code: "import.headers" });
    expect(response.json.detail).toContain("tid, status, created");
    const cs = await signedIn(["cs_presale"], "customer_service");
    expect((await cs.post("/api/orders/imports", { fileName: "x.csv", csv: HEADER })).status).toBe(403);
  });

  it("imports through the reducer: a later import of an older export cannot move an order backwards", async () => {
    const tid = newPlatformId();
    await boss.post("/api/orders/imports", { fileName: "a.csv", csv: `${HEADER}\n${row(tid, { status: "交易成功" })}\n` });
    await bus.drain();
    expect((await boss.get(`/api/orders/${tid}`)).json.order.status).toBe("TRADE_FINISHED");
    await boss.post("/api/orders/imports", { fileName: "b.csv", csv: `${HEADER}\n${row(tid, { status: "等待卖家发货" })}\n` });
    await bus.drain();
    expect((await boss.get(`/api/orders/${tid}`)).json.order.status).toBe("TRADE_FINISHED");
  });
});
