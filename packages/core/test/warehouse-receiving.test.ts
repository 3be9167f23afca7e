import { beforeAll, describe, expect, it } from "vitest";
import { Receipt, Sku, Stock } from "@dianwu/core/warehouse";
import { useTestTable } from "@dianwu/local/testing/table";
import { asStaff, makeBin, makeSku, sharedBin } from "@dianwu/local/testing/warehouse";

beforeAll(async () => {
  await useTestTable();
});

const asReceiver = <T>(fn: () => T) => asStaff(["receiver"], fn, "8001");
const asInspector = <T>(fn: () => T) => asStaff(["inspector"], fn, "8002");
const asPutter = <T>(fn: () => T) => asStaff(["picker"], fn, "8003");
const pass = Object.fromEntries(Receipt.CHECKLIST.map((p) => [p, "pass" as const])) as Record<(typeof Receipt.CHECKLIST)[number], "pass" | "fail">;
const scanTimes = async (receiptId: string, code: string, times: number) => {
  for (let i = 0; i < times; i++) await asReceiver(() => Receipt.scan(receiptId, code));
};

describe("a delivery from receipt to shelf", () => {
  it("scan, reconcile, book into pending inspection, inspect, send failures back, put away by kind, close", async () => {
    const pending = await sharedBin("pending_inspection");
    const caseBin = await makeBin({ kind: "whole_case" });
    const coat = await makeSku({ barcodes: ["6901234567892"] });
    const shirt = await makeSku({ caseBin: caseBin.binCode, caseQty: 12 });
    const watch = await makeSku({ uniqueCodes: true });
    const stray = await makeSku();
    const units = await asStaff(["warehouse_supervisor"], () => Sku.issueUnitCodes(watch.skuId, 2));
    const shirtCode = shirt.barcodes[0]!.code;

    const receipt = await asReceiver(() =>
      Receipt.create({ supplier: "杭州织造厂", deliveryNote: "SH-0917", deliverer: "老陈", lines: [{ skuId: coat.skuId, qty: 10 }, { skuId: shirt.skuId, qty: 30 }, { skuId: watch.skuId, qty: 2 }] }),
    );
    expect(receipt).toMatchObject({ state: "receiving", pendingBin: pending.binCode, lineCount: 3 });

    await scanTimes(receipt.receiptId, "6901234567892", 8);
    await asReceiver(() => Receipt.scan(receipt.receiptId, shirtCode, 30));
    const first = await asReceiver(() => Receipt.scan(receipt.receiptId, units[0]!.barcode.value));
    const again = await asReceiver(() => Receipt.scan(receipt.receiptId, units[0]!.barcode.value));
    expect([first.duplicate, again.duplicate, again.line.scanned]).toEqual([false, true, 1]);
    await asReceiver(() => Receipt.scan(receipt.receiptId, units[1]!.barcode.value));
    const strayScan = await asReceiver(() => Receipt.scan(receipt.receiptId, stray.barcodes[0]!.code));
    expect(strayScan.line).toMatchObject({ expected: 0, scanned: 1, status: "unexpected", resolved: false });

    await expect(asReceiver(() => Receipt.book(receipt.receiptId))).rejects.toMatchObject({
      code: "receipt.unresolved",
      extra: { lines: expect.arrayContaining([{ skuId: coat.skuId, expected: 10, scanned: 8 }, { skuId: stray.skuId, expected: 0, scanned: 1 }]) },
    });
    await expect(asReceiver(() => Receipt.resolve(receipt.receiptId, coat.skuId, { action: "accept" }))).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["reason"] })] });
    expect(await asReceiver(() => Receipt.resolve(receipt.receiptId, coat.skuId, { action: "recount" }))).toMatchObject({ scanned: 0, recounts: 1 });
    await scanTimes(receipt.receiptId, "6901234567892", 10);
    await asReceiver(() => Receipt.resolve(receipt.receiptId, stray.skuId, { action: "reject", reason: "不在本单, 退回送货人" }));

    const booked = await asReceiver(() => Receipt.book(receipt.receiptId));
    expect(booked).toMatchObject({ state: "booked", bookedBy: "8001", linesToInspect: 3 });
    expect(booked.lines.map((l) => [l.skuId, l.state, l.booked])).toEqual([
      [coat.skuId, "booked", 10],
      [shirt.skuId, "booked", 30],
      [watch.skuId, "booked", 2],
      [stray.skuId, "booked", 0],
    ]);
    expect(await Stock.balance(shirt.skuId, pending.binCode)).toMatchObject({ onHand: 30, available: 30 });
    expect((await Stock.forSku(shirt.skuId)).available).toBe(0);
    const card = await Stock.card(coat.skuId, pending.binCode);
    expect(card.items[0]).toMatchObject({ type: "receipt", qty: 10, signedBy: "8001", document: { type: "receipt", id: receipt.receiptId, line: coat.skuId } });
    await expect(asReceiver(() => Receipt.scan(receipt.receiptId, shirtCode))).rejects.toMatchObject({ code: "receipt.not-receiving" });

    await expect(asPutter(() => Receipt.putaway(receipt.receiptId, { lines: [{ skuId: coat.skuId, binCode: coat.homeBin, qty: 1 }] }))).rejects.toMatchObject({ code: "putaway.more-than-inspected" });

    expect(await asInspector(() => Receipt.inspect(receipt.receiptId, coat.skuId, { checklist: pass }))).toMatchObject({ passed: 10, failed: 0, inspectedBy: "8002" });
    await expect(asInspector(() => Receipt.inspect(receipt.receiptId, shirt.skuId, { checklist: pass, defects: [{ reason: "stitching", qty: 2 }] }))).rejects.toMatchObject({ code: "inspection.point-not-failed" });
    expect(
      await asInspector(() => Receipt.inspect(receipt.receiptId, shirt.skuId, { checklist: { ...pass, stitching: "fail" }, defects: [{ reason: "stitching", qty: 2 }], returnTo: "factory" })),
    ).toMatchObject({ passed: 28, failed: 2, failedPoints: ["stitching"] });
    await expect(asInspector(() => Receipt.inspect(receipt.receiptId, shirt.skuId, { checklist: pass }))).rejects.toMatchObject({ code: "receipt.line-inspected" });
    await asInspector(() => Receipt.inspect(receipt.receiptId, watch.skuId, { checklist: pass }));

    const plan = await Receipt.putawayPlan(receipt.receiptId);
    expect(plan.lines.find((l) => l.skuId === shirt.skuId)!.targets).toEqual([
      { binCode: caseBin.binCode, qty: 24, kind: "whole_case" },
      { binCode: shirt.homeBin, qty: 4, kind: "loose" },
    ]);
    for (const line of plan.lines) {
      await asPutter(() => Receipt.putaway(receipt.receiptId, { lines: line.targets.map((t) => ({ skuId: line.skuId, binCode: t.binCode, qty: t.qty })) }));
    }
    await expect(asPutter(() => Receipt.putaway(receipt.receiptId, { lines: [{ skuId: coat.skuId, binCode: coat.homeBin, qty: 1 }] }))).rejects.toMatchObject({ code: "putaway.more-than-inspected" });
    expect((await Stock.card(shirt.skuId, caseBin.binCode)).items[0]).toMatchObject({ type: "putaway_in", qty: 24, signedBy: "8003" });
    expect((await Receipt.get(receipt.receiptId)).state).toBe("booked");

    const rts = await Receipt.supplierReturn(receipt.receiptId);
    expect(rts).toEqual([expect.objectContaining({ skuId: shirt.skuId, qty: 2, returnTo: "factory", state: "open", defects: [{ reason: "stitching", qty: 2 }] })]);
    await asReceiver(() => Receipt.dispatchSupplierReturn(receipt.receiptId));
    await expect(asReceiver(() => Receipt.dispatchSupplierReturn(receipt.receiptId))).rejects.toMatchObject({ code: "receipt.nothing-to-return" });

    expect(await Receipt.get(receipt.receiptId)).toMatchObject({ state: "done", linesToInspect: 0, awaitingPutaway: 0, openReturns: 0 });
    for (const sku of [coat, shirt, watch]) {
      expect((await Stock.balance(sku.skuId, pending.binCode))!.onHand).toBe(0);
      expect((await Stock.check(sku.skuId, pending.binCode)).consistent).toBe(true);
    }
    expect(await Stock.forSku(shirt.skuId)).toMatchObject({ onHand: 28, available: 28 });
  });

  it("a scan after an explanation undoes it: the explanation was for another count", async () => {
    await sharedBin("pending_inspection");
    const sku = await makeSku();
    const code = sku.barcodes[0]!.code;
    const receipt = await asReceiver(() => Receipt.create({ supplier: "S", lines: [{ skuId: sku.skuId, qty: 5 }] }));
    await scanTimes(receipt.receiptId, code, 4);
    await asReceiver(() => Receipt.resolve(receipt.receiptId, sku.skuId, { action: "accept", reason: "少一件, 供应商补发" }));
    await asReceiver(() => Receipt.scan(receipt.receiptId, code, 3));
    await expect(asReceiver(() => Receipt.book(receipt.receiptId))).rejects.toMatchObject({ code: "receipt.unresolved" });
    await asReceiver(() => Receipt.resolve(receipt.receiptId, sku.skuId, { action: "accept", reason: "多两件, 留下" }));
    expect((await asReceiver(() => Receipt.book(receipt.receiptId))).lines[0]).toMatchObject({ booked: 7 });
  });

  it("refuses unknown SKUs, a non-pending bin, and cancels only while receiving", async () => {
    await sharedBin("pending_inspection");
    const sku = await makeSku();
    await expect(asReceiver(() => Receipt.create({ supplier: "S", lines: [{ skuId: "01NOPE0000000000000000000A", qty: 1 }] }))).rejects.toMatchObject({ field: "lines.0.skuId" });
    await expect(asReceiver(() => Receipt.create({ supplier: "S", pendingBin: sku.homeBin, lines: [{ skuId: sku.skuId, qty: 1 }] }))).rejects.toMatchObject({ code: "receipt.not-pending-bin" });
    const receipt = await asReceiver(() => Receipt.create({ supplier: "S", lines: [{ skuId: sku.skuId, qty: 1 }] }));
    expect((await asReceiver(() => Receipt.cancel(receipt.receiptId, "送错仓库"))).state).toBe("cancelled");
    await expect(asReceiver(() => Receipt.scan(receipt.receiptId, sku.barcodes[0]!.code))).rejects.toMatchObject({ code: "receipt.not-receiving" });
  });
});
