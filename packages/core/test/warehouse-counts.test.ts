import { beforeAll, describe, expect, it } from "vitest";
import { Count, Sku, Stock } from "@dianwu/core/warehouse";
import { useTestTable } from "@dianwu/local/testing/table";
import { asStaff, makeBin, makeSku, sharedBin, stockUp } from "@dianwu/local/testing/warehouse";

beforeAll(async () => {
  await useTestTable();
});

const asCounter = <T>(fn: () => T) => asStaff(["picker"], fn, "8401");
const asSupervisor = <T>(fn: () => T) => asStaff(["warehouse_supervisor"], fn, "8402");

describe("blind stock counts", () => {
  it("counters see no book; the supervisor sees the variance, explains each line and approves; the card follows", async () => {
    const defect = await sharedBin("defect");
    const a = await makeBin({ zone: "K", aisle: 1, shelf: 1 });
    const b = await makeBin({ zone: "K", aisle: 1, shelf: 2 });
    const exact = await makeSku({ homeBin: a.binCode });
    const short = await makeSku({ homeBin: a.binCode });
    const damaged = await makeSku({ homeBin: b.binCode });
    const stray = await makeSku({ homeBin: b.binCode, uniqueCodes: true });
    await stockUp(exact.skuId, a.binCode, 5);
    await stockUp(short.skuId, a.binCode, 4);
    await stockUp(damaged.skuId, b.binCode, 3);
    const strayUnit = (await asSupervisor(() => Sku.issueUnitCodes(stray.skuId, 1)))[0]!.barcode.value;

    const count = await asSupervisor(() => Count.create({ scope: { kind: "zone", value: "K" } }));
    expect(count).toMatchObject({ state: "counting", lineCount: 3 });
    const sheet = await asCounter(() => Count.sheet(count.countId));
    expect(sheet.lines.map((l) => l.binCode)).toEqual([a.binCode, a.binCode, b.binCode]);
    expect(JSON.stringify(sheet)).not.toMatch(/"book"|onHand/);
    await expect(asSupervisor(() => Count.report(count.countId))).rejects.toMatchObject({ code: "count.not-submitted" });

    await asCounter(() => Count.scan(count.countId, { binCode: a.binCode, code: exact.barcodes[0]!.code, qty: 5 }));
    await asCounter(() => Count.scan(count.countId, { binCode: a.binCode, code: short.barcodes[0]!.code, qty: 3 }));
    await asCounter(() => Count.scan(count.countId, { binCode: b.binCode, code: damaged.barcodes[0]!.code, qty: 2 }));
    const hurt = await asCounter(() => Count.scan(count.countId, { binCode: b.binCode, code: damaged.barcodes[0]!.code, damaged: true }));
    expect(hurt).toEqual({ duplicate: false, binCode: b.binCode, skuId: damaged.skuId, counted: 2, damaged: 1 });
    await asCounter(() => Count.scan(count.countId, { binCode: b.binCode, code: strayUnit }));
    expect((await asCounter(() => Count.scan(count.countId, { binCode: b.binCode, code: strayUnit }))).duplicate).toBe(true);

    await asCounter(() => Count.submit(count.countId));
    const report = await asSupervisor(() => Count.report(count.countId));
    const line = (skuId: string) => report.lines.find((l) => l.skuId === skuId)!;
    expect([line(exact.skuId).kinds, line(short.skuId).kinds, line(damaged.skuId).kinds, line(stray.skuId).kinds]).toEqual([["match"], ["shortage"], ["damage"], ["surplus"]]);
    expect(report.totals).toMatchObject({ surplus: 1, shortage: 1, damaged: 1, linesWithVariance: 3, missingReasons: 3 });

    await expect(asSupervisor(() => Count.approve(count.countId, { report: "月末盘点" }))).rejects.toMatchObject({ code: "count.unexplained" });
    await asSupervisor(() => Count.explain(count.countId, a.binCode, short.skuId, "疑似发错货, 查监控"));
    await asSupervisor(() => Count.explain(count.countId, b.binCode, damaged.skuId, "受潮, 转残次库"));
    await asSupervisor(() => Count.explain(count.countId, b.binCode, stray.skuId, "上次退货未入账"));
    const approved = await asSupervisor(() => Count.approve(count.countId, { report: "月末盘点: 差异已说明, 建议加强退货入账" }));
    expect(approved).toMatchObject({ state: "approved", approvedBy: "8402", bookedLines: 4 });

    expect((await Stock.balance(short.skuId, a.binCode))!.onHand).toBe(3);
    expect((await Stock.balance(damaged.skuId, b.binCode))!.onHand).toBe(2);
    expect((await Stock.balance(damaged.skuId, defect.binCode))!.onHand).toBe(1);
    expect((await Stock.balance(stray.skuId, b.binCode))!.onHand).toBe(1);
    expect((await Stock.card(short.skuId, a.binCode)).items[0]).toMatchObject({ type: "count_shortage", qty: -1, signedBy: "8402", note: "疑似发错货, 查监控" });
    for (const [sku, bin] of [[short, a], [damaged, b], [stray, b]] as const) expect((await Stock.check(sku.skuId, bin.binCode)).consistent).toBe(true);
    await expect(asSupervisor(() => Count.approve(count.countId, { report: "again" }))).rejects.toMatchObject({ code: "count.not-submitted" });
  });
});
