import { beforeAll, describe, expect, it } from "vitest";
import { createApi } from "@dianwu/functions/http/app";
import { useTestTable } from "@dianwu/local/testing/table";
import { signedIn } from "@dianwu/local/testing/http";
import { makeSku } from "@dianwu/local/testing/warehouse";
import { today } from "@dianwu/core/warehouse";

const app = createApi();
beforeAll(async () => {
  await useTestTable();
});

describe("returns, reshipments, register and reports over HTTP", () => {
  it("a return is taken in once, its anomaly reaches customer service, a reshipment's waybill comes back, and the day's report shows it all", async () => {
    const packer = await signedIn(["packer"], "warehouse", app);
    const cs = await signedIn(["cs_aftersale"], "customer_service", app);
    const supervisor = await signedIn(["warehouse_supervisor"], "warehouse", app);
    const sku = await makeSku();

    const body = { waybillNo: "ZT7766554433", orderId: "3015550001111", packageCondition: "opened", items: [{ skuId: sku.skuId, qty: 1, condition: "good" }], anomalies: [{ kind: "other", note: "吊牌已剪" }] };
    const received = await packer.post("/api/warehouse/returns", body);
    expect(received.status, received.text).toBe(201);
    expect((await packer.post("/api/warehouse/returns", body)).json).toMatchObject({ status: 409, code: "return.already-received" });
    expect((await packer.post("/api/warehouse/returns", { ...body, waybillNo: "X1", packageCondition: "damaged" })).json).toMatchObject({ status: 400, field: "countedWithCourier" });
    expect((await cs.get("/api/warehouse/returns?waybillNo=ZT7766554433")).json.items[0].returnId).toBe(received.json.returnId);

    const anomalies = (await cs.get("/api/warehouse/return-anomalies")).json.items;
    const mine = anomalies.find((a: any) => a.returnId === received.json.returnId);
    expect(mine).toMatchObject({ kind: "other", note: "吊牌已剪", state: "open" });
    expect((await packer.post(`/api/warehouse/return-anomalies/${mine.anomalyId}/follow-ups`, { note: "x", state: "resolved" })).status).toBe(403);
    expect((await cs.post(`/api/warehouse/return-anomalies/${mine.anomalyId}/follow-ups`, { note: "买家同意扣款 10 元", state: "resolved" })).json.state).toBe("resolved");
    // The return's own page lists its anomalies whatever their state; the warehouse floor may not read them.
    const ofReturn = await cs.get(`/api/warehouse/returns/${received.json.returnId}/anomalies`);
    expect(ofReturn.json.items).toEqual([expect.objectContaining({ anomalyId: mine.anomalyId, state: "resolved" })]);
    expect((await packer.get(`/api/warehouse/returns/${received.json.returnId}/anomalies`)).status).toBe(403);

    const sheet = await cs.post("/api/warehouse/reshipments", { orderId: "3015550001111", reason: "换货", lines: [{ skuId: sku.skuId, qty: 1 }] });
    expect(sheet.status).toBe(201);
    await packer.post(`/api/warehouse/reshipments/${sheet.json.reshipmentId}/shipped`, { parcelId: "RS-P1", waybillNo: "ZT1112223334" });
    expect((await cs.get("/api/warehouse/reshipments?orderId=3015550001111")).json.items[0]).toMatchObject({ state: "shipped", waybillNo: "ZT1112223334" });

    const visit = await packer.post("/api/warehouse/register/visits", { name: "王师傅", company: "中通", purpose: "取件" });
    expect(visit.status).toBe(201);
    const day = await today();
    const report = await supervisor.get(`/api/warehouse/reports/daily/${day}`);
    expect(report.status, report.text).toBe(200);
    expect(report.json).toMatchObject({ day, returns: { parcels: 1, pieces: 1 }, register: { visits: 1 } });
    expect((await packer.get(`/api/warehouse/reports/daily/${day}`)).status).toBe(403);
    expect((await supervisor.get(`/api/warehouse/reports/monthly/${day.slice(0, 7)}`)).json.skus).toEqual([expect.objectContaining({ skuId: sku.skuId, in: 1 })]);
  });
});
