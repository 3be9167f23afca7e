import { beforeAll, describe, expect, it } from "vitest";
import { createApi } from "@dianwu/functions/http/app";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { makeBin, makeSku, operatorAt, sharedBin } from "@dianwu/local/testing/warehouse";

const app = createApi();
const pass = { symmetry: "pass", stitching: "pass", colour: "pass", holes_stains: "pass", lining: "pass", buttons_rivets: "pass", measurements: "pass", packaging: "pass" };

beforeAll(async () => {
  await useTestTable();
  await sharedBin("pending_inspection");
});

describe("receiving over HTTP", () => {
  it("the receiver scans at a kiosk, explains the difference at the console and books; the inspector inspects; a badge signs the put-away", async () => {
    const receiver = await signedIn(["receiver"], "warehouse", app);
    const inspector = await signedIn(["inspector"], "warehouse", app);
    const bench = await operatorAt(["receiver"], app);
    const putter = await operatorAt(["picker"], app);
    const caseBin = await makeBin({ kind: "whole_case" });
    const sku = await makeSku({ caseBin: caseBin.binCode, caseQty: 6 });
    const code = sku.barcodes[0]!.code;

    const created = await receiver.post("/api/warehouse/receipts", { supplier: "广州面料", lines: [{ skuId: sku.skuId, qty: 15 }] });
    expect(created.status, created.text).toBe(201);
    const id = created.json.receiptId;
    const kiosk = client(app);
    for (let i = 0; i < 14; i++) expect((await kiosk.post(`/api/warehouse/kiosk/receipts/${id}/scans`, { code }, bench.headers)).status).toBe(200);
    const last = await kiosk.post(`/api/warehouse/kiosk/receipts/${id}/scans`, { code, qty: 2 }, bench.headers);
    expect(last.json.line).toMatchObject({ expected: 15, scanned: 16, difference: 1, status: "over", resolved: false });
    expect((await kiosk.post(`/api/warehouse/kiosk/receipts/${id}/scans`, { code }, { authorization: bench.headers.authorization })).status).toBe(401);

    const refused = await receiver.post(`/api/warehouse/receipts/${id}/book`);
    expect(refused.json).toMatchObject({ status: 409, code: "receipt.unresolved", lines: [{ skuId: sku.skuId, expected: 15, scanned: 16 }] });
    expect((await receiver.post(`/api/warehouse/receipts/${id}/lines/${sku.skuId}/resolution`, { action: "accept" })).json).toMatchObject({ status: 400, field: "reason" });
    expect((await receiver.post(`/api/warehouse/receipts/${id}/lines/${sku.skuId}/resolution`, { action: "accept", reason: "供应商多发一件, 收下" })).json).toMatchObject({ resolution: "accept", resolved: true });
    const booked = await receiver.post(`/api/warehouse/receipts/${id}/book`);
    expect(booked.json).toMatchObject({ state: "booked", bookedBy: receiver.staff.staffNo, lines: [{ booked: 16, sku: { styleCode: sku.styleCode } }] });

    expect((await receiver.post(`/api/warehouse/receipts/${id}/lines/${sku.skuId}/inspection`, { checklist: pass })).status).toBe(403);
    const inspected = await inspector.post(`/api/warehouse/receipts/${id}/lines/${sku.skuId}/inspection`, {
      checklist: { ...pass, holes_stains: "fail" },
      defects: [{ reason: "holes_stains", qty: 1 }],
    });
    expect(inspected.json).toMatchObject({ passed: 15, failed: 1, failedPoints: ["holes_stains"], inspectedBy: inspector.staff.staffNo });

    const plan = await receiver.get(`/api/warehouse/receipts/${id}/putaway-plan`);
    expect(plan.json.lines[0].targets).toEqual([
      { binCode: caseBin.binCode, qty: 12, kind: "whole_case" },
      { binCode: sku.homeBin, qty: 3, kind: "loose" },
    ]);
    const put = await client(app).post(
      `/api/warehouse/kiosk/receipts/${id}/putaway`,
      { lines: plan.json.lines[0].targets.map((t: any) => ({ skuId: sku.skuId, binCode: t.binCode, qty: t.qty })) },
      putter.headers,
    );
    expect(put.status, put.text).toBe(200);
    expect(put.json.lines.filter((l: any) => l.type === "putaway_in").map((l: any) => [l.binCode, l.qty, l.signedBy])).toEqual([
      [caseBin.binCode, 12, putter.staff.staffNo],
      [sku.homeBin, 3, putter.staff.staffNo],
    ]);
    expect((await receiver.post(`/api/warehouse/receipts/${id}/supplier-return/dispatch`)).json.items).toEqual([expect.objectContaining({ qty: 1, state: "dispatched", dispatchedBy: receiver.staff.staffNo })]);
    expect((await receiver.get(`/api/warehouse/receipts/${id}`)).json.state).toBe("done");
  });
});
