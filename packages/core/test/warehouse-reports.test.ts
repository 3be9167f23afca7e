import { beforeAll, describe, expect, it } from "vitest";
import { Receipt, Register, Report, Return, Stock } from "@dianwu/core/warehouse";
import { today } from "../src/warehouse/time";
import { useTestTable } from "@dianwu/local/testing/table";
import { asStaff, makeSku, sharedBin, stockUp } from "@dianwu/local/testing/warehouse";

beforeAll(async () => {
  await useTestTable();
});

const asSupervisor = <T>(fn: () => T) => asStaff(["warehouse_supervisor"], fn, "8501");

describe("daily close and monthly summary", () => {
  it("reports the day's receipts, shipments and returns, lists what is left open, and closes the day once", async () => {
    await sharedBin("pending_inspection");
    const sku = await makeSku();
    await stockUp(sku.skuId, sku.homeBin, 10);
    await asSupervisor(() => Stock.reserve({ documentId: "DAY-P1", lines: [{ skuId: sku.skuId, qty: 2 }] }));
    await asSupervisor(() => Stock.issue("DAY-P1"));
    const receipt = await asSupervisor(() => Receipt.create({ supplier: "S", lines: [{ skuId: sku.skuId, qty: 1 }] }));
    await asSupervisor(() => Receipt.scan(receipt.receiptId, sku.barcodes[0]!.code));
    await asSupervisor(() => Receipt.book(receipt.receiptId));
    const unbooked = await asSupervisor(() => Receipt.create({ supplier: "T", lines: [{ skuId: sku.skuId, qty: 1 }] }));
    await asSupervisor(() => Return.receive({ orderId: "DAY-O1", packageCondition: "intact", items: [{ skuId: sku.skuId, qty: 1, condition: "good" }] }));
    await asSupervisor(() => Register.check({ kind: "opening", checks: { doors: "ok", windows: "anomaly", power: "ok", clean: "ok", floor_clear: "ok" }, note: "北窗未关" }));
    const visit = await asSupervisor(() => Register.enter({ name: "李师傅", company: "顺丰", purpose: "揽收" }));
    await asSupervisor(() => Register.leave(visit.entryId));

    const day = await today();
    const report = await Report.daily(day);
    expect(report.shipments).toEqual([{ documentId: "DAY-P1", pieces: 2 }]);
    expect(report.receipts).toEqual([{ documentId: receipt.receiptId, pieces: 1 }]);
    expect(report.returns).toMatchObject({ parcels: 1, pieces: 1, byCondition: { good: 1, repairable: 0, irreparable: 0 } });
    expect(report.movements.issue).toEqual({ lines: 1, pieces: -2 });
    expect(report.register).toEqual({ visits: 1, openingRound: true, closingRound: false, anomalies: 1 });
    expect(report.open.receiptsNotBooked.map((r) => r.receiptId)).toContain(unbooked.receiptId);
    expect(report.open.receiptsNotFinished.map((r) => r.receiptId)).toContain(receipt.receiptId);
    expect(report.open.count).toBeGreaterThanOrEqual(2);

    const closed = await asSupervisor(() => Report.closeDay(day, "窗户已报修"));
    expect(closed.closed).toMatchObject({ closedBy: "8501", openItems: report.open.count, note: "窗户已报修" });
    await expect(asSupervisor(() => Report.closeDay(day))).rejects.toMatchObject({ code: "report.day-closed" });
    expect((await Report.daily(day)).closed?.closedBy).toBe("8501");

    const month = await Report.monthly(day.slice(0, 7));
    const mine = month.skus.find((s) => s.skuId === sku.skuId)!;
    expect(mine).toMatchObject({ in: 10 + 1 + 1, out: 2, net: 10, types: { opening: 10, issue: -2, receipt: 1, return_in: 1 } });
    expect(month.zonesNotCounted).toContain("T");
  });
});
