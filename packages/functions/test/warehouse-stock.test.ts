import { beforeAll, describe, expect, it } from "vitest";
import { createApi } from "@dianwu/functions/http/app";
import { useTestTable } from "@dianwu/local/testing/table";
import { signedIn } from "@dianwu/local/testing/http";
import { operatorAt } from "@dianwu/local/testing/warehouse";
import { client } from "@dianwu/local/testing/http";

const app = createApi();
let supervisor: Awaited<ReturnType<typeof signedIn>>;
let second: Awaited<ReturnType<typeof signedIn>>;
let picker: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  await useTestTable();
  supervisor = await signedIn(["warehouse_supervisor"], "warehouse", app);
  second = await signedIn(["warehouse_supervisor"], "warehouse", app);
  picker = await signedIn(["picker"], "warehouse", app);
});

async function bin(zone: string, shelf: number, kind = "normal") {
  const response = await supervisor.post("/api/warehouse/bins", { zone, aisle: 1, shelf, level: 1, kind });
  expect(response.status, response.text).toBe(201);
  return response.json.binCode as string;
}

describe("catalogue, bins and stock over HTTP", () => {
  it("a SKU is created with its barcodes, found by scan at the console and at a bench, and stocked through its card", async () => {
    const home = await bin("H", 1);
    const spare = await bin("H", 2);
    const created = await supervisor.post("/api/warehouse/skus", {
      styleCode: "DW2401",
      colour: "藏青",
      size: "L",
      name: "羊毛大衣",
      outerSkuId: "DW2401-NAVY-L",
      homeBin: home.toLowerCase(),
      reorderPoint: 3,
      barcodes: ["6901234567892"],
    });
    expect(created.status, created.text).toBe(201);
    const skuId = created.json.skuId;
    expect(created.json.homeBin).toBe(home);
    expect(created.json.barcodes.map((b: any) => b.kind).sort()).toEqual(["ean13", "internal"]);

    expect((await picker.get("/api/warehouse/barcodes/6901234567892")).json).toMatchObject({ skuId, kind: "ean13" });
    const bench = await operatorAt(["packer"], app);
    expect((await client(app).get("/api/warehouse/kiosk/barcodes/6901234567892", { authorization: bench.headers.authorization })).json.skuId).toBe(skuId);
    expect((await picker.get("/api/warehouse/barcodes/0000000000000")).json).toMatchObject({ status: 400, code: "sku.unknown-barcode" });
    expect((await supervisor.get("/api/warehouse/outer-skus/DW2401-NAVY-L")).json.skuId).toBe(skuId);

    expect((await supervisor.post("/api/warehouse/stock/openings", { skuId, binCode: home, qty: 10 })).status).toBe(201);
    const moved = await picker.post("/api/warehouse/stock/transfers", { skuId, fromBin: home, toBin: spare, qty: 4 });
    expect(moved.status, moved.text).toBe(201);
    expect(moved.json.lines.map((l: any) => [l.type, l.balanceAfter])).toEqual([["transfer_out", 6], ["transfer_in", 4]]);
    expect((await supervisor.post("/api/warehouse/stock/transfers", { skuId, fromBin: home, toBin: spare, qty: 7 })).json).toMatchObject({ status: 409, code: "stock.insufficient" });

    const card = await supervisor.get(`/api/warehouse/stock/skus/${skuId}/bins/${home}/card`);
    expect(card.json.items.map((l: any) => [l.seq, l.type, l.qty, l.balanceAfter])).toEqual([[2, "transfer_out", -4, 6], [1, "opening", 10, 10]]);
    expect(card.json.items[0].signedBy).toBe(picker.staff.staffNo);
    expect((await supervisor.get(`/api/warehouse/stock/skus/${skuId}/bins/${home}/check`)).json).toMatchObject({ consistent: true, cardSum: 6, lines: 2, problems: [] });
    expect((await supervisor.get(`/api/warehouse/stock/skus/${skuId}`)).json).toMatchObject({ onHand: 10, available: 10 });
  });

  it("book quantities are hidden from the people who count (blind counts)", async () => {
    for (const path of ["/api/warehouse/stock?zone=H", "/api/warehouse/reorder-list"]) {
      expect((await picker.get(path)).status).toBe(403);
    }
  });

  it("an adjustment waits for a second supervisor, then lands on the card; the reorder list follows", async () => {
    const home = await bin("H", 3);
    const sku = (await supervisor.post("/api/warehouse/skus", { styleCode: "DW2402", colour: "白", size: "S", name: "衬衫", outerSkuId: "DW2402-W-S", homeBin: home, reorderPoint: 4 })).json;
    await supervisor.post("/api/warehouse/stock/openings", { skuId: sku.skuId, binCode: home, qty: 6 });
    const request = await supervisor.post("/api/warehouse/stock/adjustments", { skuId: sku.skuId, binCode: home, qty: -3, reason: "发现污渍, 转次品" });
    expect(request.status).toBe(201);
    expect((await supervisor.post(`/api/warehouse/stock/adjustments/${request.json.adjustmentId}/decision`, { approve: true })).json.code).toBe("stock.own-adjustment");
    expect((await picker.post(`/api/warehouse/stock/adjustments/${request.json.adjustmentId}/decision`, { approve: true })).status).toBe(403);
    expect((await second.get("/api/warehouse/stock/adjustments")).json.items.map((a: any) => a.adjustmentId)).toContain(request.json.adjustmentId);
    const approved = await second.post(`/api/warehouse/stock/adjustments/${request.json.adjustmentId}/decision`, { approve: true, note: "同意" });
    expect(approved.json).toMatchObject({ state: "approved", decidedBy: second.staff.staffNo });
    expect((await supervisor.get(`/api/warehouse/stock/skus/${sku.skuId}`)).json.available).toBe(3);
    const reorder = await supervisor.get("/api/warehouse/reorder-list");
    expect(reorder.json.items).toContainEqual(expect.objectContaining({ skuId: sku.skuId, styleCode: "DW2402", available: 3, reorderPoint: 4 }));
  });

  it("bins come in blocks and print as labels", async () => {
    const range = await supervisor.post("/api/warehouse/bins/range", { zone: "L", aisles: [1, 1], shelves: [1, 4], levels: [1, 3], kind: "loose" });
    expect(range.json.created).toHaveLength(12);
    const labels = await picker.get("/api/warehouse/bins/labels?zone=L");
    expect(labels.json.items[0]).toMatchObject({ binCode: "L-01-01-1", barcode: { value: "L-01-01-1", symbology: "CODE128" }, kind: "loose" });
    expect((await supervisor.post("/api/warehouse/bins/range", { zone: "L", aisles: [1, 99], shelves: [1, 99], levels: [1, 9], kind: "loose" })).json).toMatchObject({ status: 400, code: "request.invalid" });
  });
});
