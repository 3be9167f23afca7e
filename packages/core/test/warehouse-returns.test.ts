import { beforeAll, describe, expect, it } from "vitest";
import { Bus, type Envelope } from "@dianwu/core/bus";
import { Reshipment, Return, Stock } from "@dianwu/core/warehouse";
import { useTestTable } from "@dianwu/local/testing/table";
import { asStaff, makeSku, sharedBin } from "@dianwu/local/testing/warehouse";

const published: Envelope[] = [];
beforeAll(async () => {
  const { bus } = await useTestTable();
  Bus.setTransport(async (events) => {
    published.push(...events);
    events.forEach(bus.deliver);
  });
});

const asReceiver = <T>(fn: () => T) => asStaff(["receiver"], fn, "8301");
const asCs = <T>(fn: () => T) => asStaff(["cs_aftersale"], fn, "8302");

describe("returns intake", () => {
  it("puts good items back, irreparable ones into the defect store, sends repairable ones to production, and hands anomalies to customer service", async () => {
    const defect = await sharedBin("defect");
    const coat = await makeSku();
    const shirt = await makeSku();
    const scarf = await makeSku();
    const received = await asReceiver(() =>
      Return.receive({
        waybillNo: "YT9988776655",
        orderId: "3011112222333",
        refundId: "RF-1",
        packageCondition: "damaged",
        countedWithCourier: true,
        items: [
          { skuId: coat.skuId, qty: 1, condition: "good" },
          { skuId: shirt.skuId, qty: 1, condition: "irreparable", note: "领口撕裂" },
          { skuId: scarf.skuId, qty: 1, condition: "repairable" },
        ],
        expected: [{ skuId: coat.skuId, qty: 2 }, { skuId: shirt.skuId, qty: 1 }, { skuId: scarf.skuId, qty: 1 }],
      }),
    );
    expect(received.items.map((i) => [i.skuId, i.binCode])).toEqual([[coat.skuId, coat.homeBin], [shirt.skuId, defect.binCode], [scarf.skuId, undefined]]);
    expect((await Stock.card(coat.skuId, coat.homeBin)).items[0]).toMatchObject({ type: "return_in", qty: 1, signedBy: "8301", document: { type: "return", id: received.returnId } });
    expect((await Stock.balance(shirt.skuId, defect.binCode))!.onHand).toBe(1);
    expect((await Stock.forSku(shirt.skuId)).available).toBe(0);
    expect(await Stock.balance(scarf.skuId, scarf.homeBin)).toBeUndefined();

    const kinds = published.filter((e) => e["detail-type"] === "warehouse.return-anomaly" && (e.detail as any).returnId === received.returnId).map((e) => (e.detail as any).kind);
    expect(kinds.sort()).toEqual(["damaged_package", "defect", "missing_item"]);
    expect(published.find((e) => e["detail-type"] === "warehouse.return-received" && (e.detail as any).returnId === received.returnId)?.detail).toMatchObject({ refundId: "RF-1", anomalies: 3 });

    await expect(asReceiver(() => Return.receive({ waybillNo: "YT9988776655", packageCondition: "intact", items: [] }))).rejects.toMatchObject({ code: "return.already-received" });
    expect((await Return.byKey({ waybillNo: "YT9988776655" }))?.returnId).toBe(received.returnId);

    const open = await Return.anomalies({ state: "open" });
    const missing = open.items.find((a) => a.returnId === received.returnId && a.kind === "missing_item")!;
    expect((await asCs(() => Return.followUp(missing.anomalyId, { note: "已联系买家, 另一件在途", state: "following" }))).state).toBe("following");
    const done = await asCs(() => Return.followUp(missing.anomalyId, { note: "第二件已收到, 退款完成", state: "resolved" }));
    expect(done.followUps.map((f) => [f.by, f.state])).toEqual([["8302", "following"], ["8302", "resolved"]]);
    await expect(asCs(() => Return.followUp(missing.anomalyId, { note: "again", state: "following" }))).rejects.toMatchObject({ code: "return.anomaly-closed" });
  });

  it("a damaged package must be counted in front of the courier", async () => {
    await expect(asReceiver(() => Return.receive({ orderId: "1", packageCondition: "damaged", items: [] }))).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["countedWithCourier"] })] });
  });
});

describe("reshipment", () => {
  it("a reshipment sheet asks for a new parcel and shows its waybill to customer service", async () => {
    const sku = await makeSku();
    const sheet = await asCs(() => Reshipment.request({ orderId: "3019998887776", reason: "少发一件", lines: [{ skuId: sku.skuId, qty: 1 }] }));
    expect(published.find((e) => e["detail-type"] === "warehouse.reshipment-requested" && (e.detail as any).reshipmentId === sheet.reshipmentId)?.detail).toMatchObject({
      orderId: "3019998887776",
      lines: [{ skuId: sku.skuId, qty: 1 }],
    });
    const shipped = await asStaff(["packer"], () => Reshipment.shipped(sheet.reshipmentId, { parcelId: "P-RS-1", waybillNo: "SF1234500000" }));
    expect(shipped).toMatchObject({ state: "shipped", waybillNo: "SF1234500000" });
    expect((await Reshipment.ofOrder("3019998887776"))[0]).toMatchObject({ waybillNo: "SF1234500000" });
    await expect(Reshipment.shipped(sheet.reshipmentId, { parcelId: "P2", waybillNo: "SF0000" })).rejects.toMatchObject({ code: "reshipment.not-requested" });
  });
});
