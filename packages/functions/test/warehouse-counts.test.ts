import { beforeAll, describe, expect, it } from "vitest";
import { createApi } from "@dianwu/functions/http/app";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { makeBin, makeSku, operatorAt, stockUp } from "@dianwu/local/testing/warehouse";

const app = createApi();
beforeAll(async () => {
  await useTestTable();
});

describe("blind counts over HTTP", () => {
  it("counters never receive a book quantity; the supervisor's report has it", async () => {
    const supervisor = await signedIn(["warehouse_supervisor"], "warehouse", app);
    const counter = await signedIn(["picker"], "warehouse", app);
    const kiosk = await operatorAt(["packer"], app);
    const bin = await makeBin({ zone: "N", aisle: 1, shelf: 1 });
    const sku = await makeSku({ homeBin: bin.binCode });
    await stockUp(sku.skuId, bin.binCode, 7);

    const count = await supervisor.post("/api/warehouse/counts", { scope: { kind: "zone", value: "N" } });
    expect(count.status, count.text).toBe(201);
    const id = count.json.countId;
    const sheet = await counter.get(`/api/warehouse/counts/${id}/sheet`);
    expect(sheet.json.lines).toEqual([expect.objectContaining({ binCode: bin.binCode, skuId: sku.skuId, counted: 0 })]);
    const scanned = await client(app).post(`/api/warehouse/kiosk/counts/${id}/scans`, { binCode: bin.binCode, code: sku.barcodes[0]!.code, qty: 6 }, kiosk.headers);
    expect(scanned.json).toEqual({ duplicate: false, binCode: bin.binCode, skuId: sku.skuId, counted: 6, damaged: 0 });
    for (const body of [sheet.text, scanned.text]) expect(body).not.toMatch(/book|onHand|"7"|:7[,}]/);

    expect((await counter.get(`/api/warehouse/counts/${id}/report`)).status).toBe(403);
    expect((await counter.get(`/api/warehouse/stock/skus/${sku.skuId}`)).status).toBe(403);
    expect((await counter.post(`/api/warehouse/counts/${id}/submit`)).json.state).toBe("submitted");
    const report = await supervisor.get(`/api/warehouse/counts/${id}/report`);
    expect(report.json.lines[0]).toMatchObject({ book: 7, counted: 6, difference: -1, kinds: ["shortage"], needsReason: true });
    expect((await supervisor.post(`/api/warehouse/counts/${id}/approve`, { report: "ok" })).json).toMatchObject({ status: 409, code: "count.unexplained" });
    expect((await supervisor.post(`/api/warehouse/counts/${id}/explanations`, { binCode: bin.binCode, skuId: sku.skuId, reason: "拣货未登记" })).status).toBe(204);
    expect((await supervisor.post(`/api/warehouse/counts/${id}/approve`, { report: "差一件, 已查明" })).json).toMatchObject({ state: "approved", bookedLines: 1 });
    expect((await supervisor.get(`/api/warehouse/stock/skus/${sku.skuId}/bins/${bin.binCode}/check`)).json).toMatchObject({ consistent: true, onHand: 6 });
  });
});
