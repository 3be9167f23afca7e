import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { withActor, type Actor } from "@dianwu/core/actor";
import { Audit } from "@dianwu/core/audit";
import { Parcel, ParcelMatching, resetStockAvailability, setStockAvailability, Waybill } from "@dianwu/core/packing";
import { Settings } from "@dianwu/core/settings";
import { useTestTable } from "@dianwu/local/testing/table";
import { SYSTEM } from "@dianwu/local/testing/factories";
import { makeParcel, matchOrder, paidOrder, PLATFORM, waybillNumber } from "@dianwu/local/testing/parcels";
import { MergeSlotEntity, ParcelEntity, WaybillEntity } from "../src/packing/entities";
import { AuditEntity } from "../src/audit/entities";
import { transaction } from "../src/db";

const SUPERVISOR: Actor = { type: "staff", staffNo: "1020", roles: ["warehouse_supervisor"] };
const PACKER: Actor = { type: "staff", staffNo: "1024", roles: ["packer"] };
const asPlatform = <T>(fn: () => Promise<T>) => withActor(PLATFORM, fn);

beforeAll(async () => {
  await useTestTable();
});
afterEach(() => resetStockAvailability());

describe("parcel keys", () => {
  it("a parcel by code, a waybill by number: base-table gets; lists on gsi2 and a sparse gsi3", () => {
    expect(ParcelEntity.get({ parcelId: "P0123456789" }).params()).toMatchObject({ Key: { pk: "$dianwu#parcelid_p0123456789" } });
    expect(WaybillEntity.get({ number: "SF1385628716739" }).params()).toMatchObject({ Key: { pk: "$dianwu#number_sf1385628716739" } });
    expect((ParcelEntity.query.byState({ state: "pending" }).params() as { IndexName: string }).IndexName).toBe("gsi2");
    expect((ParcelEntity.query.intercepted({}).params() as { IndexName: string }).IndexName).toBe("gsi3");
    expect(MergeSlotEntity.get({ slotHash: "ab" }).params()).toMatchObject({ Key: { pk: "$dianwu#slothash_ab" } });
  });
});

describe("matching paid orders to parcels", () => {
  it("a paid order becomes a pending parcel with its lines, notes and a merge window", async () => {
    const { order, parcel } = await makeParcel({ skus: [["SKU-A", 2], ["SKU-B", 1]], sellerMemo: "#1011 送礼物", buyerMessage: "尽快发货" });
    expect(parcel).toMatchObject({ state: "pending", tids: [order.tid], awaitingStock: false, intercepted: false, version: 1 });
    expect(parcel.parcelId).toMatch(Parcel.PARCEL_ID);
    expect(parcel.lines.map((l) => [l.sku, l.quantity])).toEqual([["SKU-A", 2], ["SKU-B", 1]]);
    expect(parcel.notes).toEqual([{ tid: order.tid, buyerMessage: "尽快发货", sellerMemo: "#1011 送礼物" }]);
    expect(new Date(parcel.mergeUntil).getTime() - new Date(parcel.createdAt).getTime()).toBe(30 * 60_000);
    const trail = await Audit.byTarget({ type: "parcel", id: parcel.parcelId });
    expect(trail.items.map((e) => e.action)).toEqual(["parcel.create"]);
  });

  it("the same buyer and address (written differently) merge; another address does not", async () => {
    const first = paidOrder();
    const second = paidOrder({ buyerNick: first.buyerNick, receiver: { ...first.receiver, address: "浙江省杭州市西湖区文三路１００号" } });
    const elsewhere = paidOrder({ buyerNick: first.buyerNick, receiver: { ...first.receiver, address: "西溪路500号" } });
    const [a] = await matchOrder(first);
    const [b] = await matchOrder(second);
    const [c] = await matchOrder(elsewhere);
    expect(b!.parcelId).toBe(a!.parcelId);
    expect(b!.tids).toEqual([first.tid, second.tid]);
    expect(c!.parcelId).not.toBe(a!.parcelId);
  });

  it("a no-merge memo marker keeps an order apart", async () => {
    const first = paidOrder();
    const [a] = await matchOrder(first);
    const [b] = await matchOrder(paidOrder({ buyerNick: first.buyerNick, sellerMemo: "不合单" }));
    expect(b!.parcelId).not.toBe(a!.parcelId);
  });

  it("a parcel that left pending takes no more orders", async () => {
    const { order, parcel } = await makeParcel();
    await withActor(SUPERVISOR, () => Parcel.move(parcel.parcelId, "allocated"));
    const [later] = await matchOrder(paidOrder({ buyerNick: order.buyerNick }));
    expect(later!.parcelId).not.toBe(parcel.parcelId);
  });

  it("redelivered and concurrently delivered events match an order once", async () => {
    const order = paidOrder({ skus: [["SKU-A", 3]] });
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => asPlatform(() => ParcelMatching.applyOrder(order))));
    expect(outcomes.filter((o) => o === "matched")).toHaveLength(1);
    expect(await asPlatform(() => ParcelMatching.applyOrder(order))).toBe("unchanged");
    const parcels = await Parcel.byOrder(order.tid);
    expect(parcels).toHaveLength(1);
    expect(parcels[0]!.lines).toMatchObject([{ sku: "SKU-A", quantity: 3 }]);
  });

  it("orders of one buyer matched at the same moment still share one parcel", async () => {
    const first = paidOrder();
    const orders = [first, ...[1, 2, 3].map(() => paidOrder({ buyerNick: first.buyerNick }))];
    await Promise.all(orders.map((o) => asPlatform(() => ParcelMatching.applyOrder(o))));
    const parcels = (await Promise.all(orders.map((o) => Parcel.byOrder(o.tid)))).flat();
    expect(new Set(parcels.map((p) => p.parcelId)).size).toBe(1);
    const [parcel] = await Parcel.byOrder(first.tid);
    expect([...parcel!.tids].sort()).toEqual(orders.map((o) => o.tid).sort());
  });

  it("what stock cannot serve waits in a later parcel", async () => {
    setStockAvailability(async (skus) => new Map(skus.map((sku) => [sku, sku === "SCARCE" ? 1 : 100])));
    const order = paidOrder({ skus: [["SCARCE", 3], ["PLENTY", 1]] });
    const parcels = await matchOrder(order);
    const ready = parcels.find((p) => !p.awaitingStock)!;
    const later = parcels.find((p) => p.awaitingStock)!;
    expect(ready.lines.map((l) => [l.sku, l.quantity])).toEqual([["SCARCE", 1], ["PLENTY", 1]]);
    expect(later.lines.map((l) => [l.sku, l.quantity])).toEqual([["SCARCE", 2]]);
  });

  it("with splitting off in the settings, the order stays whole", async () => {
    const { version, settings } = await Settings.get();
    await withActor(SYSTEM, () => Settings.update({ settings: { ...settings, orders: { ...settings.orders, splitUnavailableLines: false } }, version }));
    try {
      setStockAvailability(async (skus) => new Map(skus.map((sku) => [sku, 0])));
      const parcels = await matchOrder(paidOrder({ skus: [["NONE", 2]] }));
      expect(parcels.map((p) => p.awaitingStock)).toEqual([false]);
    } finally {
      const current = await Settings.get();
      await withActor(SYSTEM, () => Settings.update({ settings: { ...current.settings, orders: { ...current.settings.orders, splitUnavailableLines: true } }, version: current.version }));
    }
  });
});

describe("parcel moves", () => {
  it("lists pending parcels made before a time (past their merge window)", async () => {
    const { parcel } = await makeParcel();
    const before = await Parcel.list({ state: "pending", createdBefore: parcel.createdAt, limit: 200 });
    expect(before.items.map((p) => p.parcelId)).not.toContain(parcel.parcelId);
    const after = await Parcel.list({ state: "pending", createdBefore: new Date(Date.now() + 60_000).toISOString(), limit: 200 });
    expect(after.items.map((p) => p.parcelId)).toContain(parcel.parcelId);
  });

  it("a move's writes go into another area's transaction as plain items", async () => {
    const { parcel } = await makeParcel();
    await withActor(PACKER, () => Waybill.assign(parcel.parcelId, { number: waybillNumber("SF") }));
    await withActor(SUPERVISOR, () => Parcel.move(parcel.parcelId, "allocated"));
    const picking = await withActor(SUPERVISOR, () => Parcel.move(parcel.parcelId, "picking"));
    const plan = withActor(PACKER, () => Parcel.moveItems(picking, "packed"));
    await transaction({ ParcelEntity, WaybillEntity, AuditEntity }, () => Parcel.asItems(plan.items));
    expect(await Parcel.byWaybill(picking.waybill!.number)).toMatchObject({ state: "packed", version: picking.version + 1 });
    expect(plan.event.detail).toMatchObject({ from: "picking", to: "packed" });
  });
});

describe("orders that change after matching", () => {
  it("a refunded line leaves the parcel; a closed order cancels it; a late 'paid' does not bring it back", async () => {
    const order = paidOrder({ skus: [["SKU-A", 1], ["SKU-B", 1]] });
    const [parcel] = await matchOrder(order);
    const refunded = { ...order, lines: order.lines!.map((l, i) => (i === 1 ? { ...l, refundStatus: "SUCCESS" } : l)) };
    const [afterRefund] = await matchOrder(refunded);
    expect(afterRefund!.lines.map((l) => l.sku)).toEqual(["SKU-A"]);
    const [afterClose] = await matchOrder({ ...order, status: "TRADE_CLOSED" });
    expect(afterClose).toMatchObject({ parcelId: parcel!.parcelId, state: "cancelled", lines: [] });
    expect(await asPlatform(() => ParcelMatching.applyOrder(order))).toBe("finished");
  });

  it("items added to the order join its parcel", async () => {
    const order = paidOrder({ skus: [["SKU-A", 1]] });
    await matchOrder(order);
    const added = { ...order, lines: [...order.lines!, { oid: `${order.tid}9`, outerSkuId: "SKU-C", num: 2 }] };
    const parcels = await matchOrder(added);
    expect(parcels).toHaveLength(1);
    expect(parcels[0]!.lines.map((l) => [l.sku, l.quantity])).toEqual([["SKU-A", 1], ["SKU-C", 2]]);
  });

  it("a snapshot older than one applied is ignored", async () => {
    const order = paidOrder({ version: 5 });
    await matchOrder(order);
    const older = { ...order, version: 3, lines: [] };
    expect(await asPlatform(() => ParcelMatching.applyOrder(older))).toBe("stale");
  });

  it("a new address moves a pending order to a parcel for that address", async () => {
    const order = paidOrder();
    const [before] = await matchOrder(order);
    const parcels = await matchOrder({ ...order, receiver: { ...order.receiver!, address: "西溪路500号" } });
    const after = parcels.find((p) => p.state !== "cancelled");
    expect(parcels.map((p) => p.parcelId)).toEqual([before!.parcelId, after!.parcelId]);
    expect(after!.receiver.address).toBe("西溪路500号");
    expect(await Parcel.mustFromId(before!.parcelId)).toMatchObject({ state: "cancelled" });
  });
});

describe("intercepts", () => {
  it("stop the parcel from packing until released; the audit trail says who and why", async () => {
    const { order, parcel } = await makeParcel();
    await withActor(PACKER, () => Waybill.assign(parcel.parcelId, { number: waybillNumber("SF") }));
    await withActor(SUPERVISOR, () => Parcel.move(parcel.parcelId, "allocated"));
    await withActor(SUPERVISOR, () => Parcel.move(parcel.parcelId, "picking"));
    await asPlatform(() => Parcel.intercept(order.tid, "refund", { note: "退款申请" }));
    await asPlatform(() => Parcel.intercept(order.tid, "refund", { note: "退款申请" }));
    const stopped = await Parcel.mustFromId(parcel.parcelId);
    expect(stopped).toMatchObject({ intercepted: true, intercepts: [{ tid: order.tid, reason: "refund" }] });
    await expect(withActor(PACKER, () => Parcel.move(parcel.parcelId, "packed"))).rejects.toMatchObject({ code: "parcel.intercepted" });
    const listed = await Parcel.list({ intercepted: true, limit: 200 });
    expect(listed.items.map((p) => p.parcelId)).toContain(parcel.parcelId);

    await withActor(SUPERVISOR, () => Parcel.release(order.tid, { note: "买家撤销退款" }));
    expect(await withActor(PACKER, () => Parcel.move(parcel.parcelId, "packed"))).toMatchObject({ state: "packed" });
    const after = await Parcel.list({ intercepted: true, limit: 200 });
    expect(after.items.map((p) => p.parcelId)).not.toContain(parcel.parcelId);
    const trail = await Audit.byTarget({ type: "parcel", id: parcel.parcelId });
    expect(trail.items.map((e) => e.action)).toEqual(expect.arrayContaining(["parcel.intercept", "parcel.release", "parcel.packed"]));
  });

  it("two refunds of one order are two intercepts; releasing one leaves the parcel stopped", async () => {
    const { order, parcel } = await makeParcel({ skus: [["SKU-A", 1], ["SKU-B", 1]] });
    await asPlatform(() => Parcel.intercept(order.tid, "refund", { id: "r1" }));
    await asPlatform(() => Parcel.intercept(order.tid, "refund", { id: "r2" }));
    await asPlatform(() => Parcel.intercept(order.tid, "refund", { id: "r2" }));
    expect((await Parcel.mustFromId(parcel.parcelId)).intercepts.map((i) => i.id)).toEqual(["r1", "r2"]);
    await withActor(SUPERVISOR, () => Parcel.release(order.tid, { interceptIds: ["r1"] }));
    expect(await Parcel.mustFromId(parcel.parcelId)).toMatchObject({ intercepted: true, intercepts: [{ id: "r2" }] });
    await withActor(SUPERVISOR, () => Parcel.release(order.tid, { interceptIds: ["r2"] }));
    expect(await Parcel.mustFromId(parcel.parcelId)).toMatchObject({ intercepted: false });
  });

  it("an intercept that overtakes the payment stops the parcel made later", async () => {
    const order = paidOrder();
    await asPlatform(() => Parcel.intercept(order.tid, "address_change"));
    const [parcel] = await matchOrder(order);
    expect(parcel).toMatchObject({ intercepted: true, intercepts: [{ reason: "address_change" }] });
  });

  it("an address change released on a labelled parcel needs a reprinted waybill before packing", async () => {
    const { order, parcel } = await makeParcel();
    const first = waybillNumber("YTO");
    await withActor(PACKER, () => Waybill.assign(parcel.parcelId, { number: first }));
    await asPlatform(() => Parcel.intercept(order.tid, "address_change"));
    await withActor(SUPERVISOR, () => Parcel.release(order.tid));
    const released = await Parcel.byWaybill(first);
    expect(released).toMatchObject({ intercepted: false, reprintRequired: true });
    await withActor(SUPERVISOR, () => Parcel.move(parcel.parcelId, "allocated"));
    await withActor(SUPERVISOR, () => Parcel.move(parcel.parcelId, "picking"));
    await expect(withActor(PACKER, () => Parcel.move(parcel.parcelId, "packed"))).rejects.toMatchObject({ code: "parcel.reprint-required" });

    const reprint = waybillNumber("YTO");
    await withActor(PACKER, () => Waybill.assign(parcel.parcelId, { number: reprint, replace: true }));
    await expect(Parcel.byWaybill(first)).rejects.toMatchObject({ code: "waybill.void" });
    expect(await Parcel.byWaybill(reprint)).toMatchObject({ parcelId: parcel.parcelId, reprintRequired: false });
    expect(await withActor(PACKER, () => Parcel.move(parcel.parcelId, "packed"))).toMatchObject({ state: "packed" });
  });
});

describe("waybills", () => {
  it("assigning puts the number on the parcel and makes it findable in one read, kept current", async () => {
    const { order, parcel } = await makeParcel();
    const number = waybillNumber("JT");
    const { parcel: labelled, changed } = await withActor(PACKER, () => Waybill.assign(parcel.parcelId, { number: ` ${number.toLowerCase()} ` }));
    expect(changed).toBe(true);
    expect(labelled.waybill).toMatchObject({ number, carrier: "JT", assignedBy: "1024" });
    expect(await Parcel.byWaybill(number)).toEqual(labelled);
    await asPlatform(() => Parcel.intercept(order.tid, "refund"));
    expect(await Parcel.byWaybill(number)).toEqual(await Parcel.mustFromId(parcel.parcelId));
    expect((await withActor(PACKER, () => Waybill.assign(parcel.parcelId, { number }))).changed).toBe(false);
  });

  it("a number already used is refused, naming the field, even when two parcels race for it", async () => {
    const [{ parcel: a }, { parcel: b }] = await Promise.all([makeParcel(), makeParcel()]);
    const number = waybillNumber("SF");
    const results = await Promise.allSettled([a, b].map((p) => withActor(PACKER, () => Waybill.assign(p.parcelId, { number }))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ kind: "conflict", code: "waybill.used", extra: { field: "number" } });
  });

  it("ambiguous numbers need the carrier; wrong formats and replacing without the right are refused", async () => {
    const { parcel } = await makeParcel();
    await expect(withActor(PACKER, () => Waybill.assign(parcel.parcelId, { number: "550123456789" }))).rejects.toMatchObject({
      code: "waybill.ambiguous",
      field: "carrier",
      extra: { candidates: ["SF", "ZTO"] },
    });
    expect((await withActor(PACKER, () => Waybill.assign(parcel.parcelId, { number: "550123456789", carrier: "中通快递" }))).parcel.waybill).toMatchObject({
      carrier: "ZTO",
    });
    await expect(withActor(PACKER, () => Waybill.assign(parcel.parcelId, { number: "EA123456780CN" }))).rejects.toMatchObject({ code: "waybill.s10-check" });
    await expect(withActor(PACKER, () => Waybill.assign(parcel.parcelId, { number: waybillNumber("SF") }))).rejects.toMatchObject({
      code: "parcel.has-waybill",
    });
    await expect(withActor(PACKER, () => Waybill.assign(parcel.parcelId, { number: waybillNumber("SF"), replace: true }))).rejects.toMatchObject({
      code: "waybill.replace-role",
    });
  });

  it("imports the printing service's export, row by row, with a report", async () => {
    const { order: one, parcel: p1 } = await makeParcel();
    const first = paidOrder();
    const [merged] = await matchOrder(first);
    const second = paidOrder({ buyerNick: first.buyerNick });
    await matchOrder(second);
    const { parcel: byCode } = await makeParcel();
    const numbers = [waybillNumber("SF"), waybillNumber("ZTO"), waybillNumber("EMS"), waybillNumber("JT")];
    const csv = [
      "\uFEFF订单编号,快递单号,快递公司,包裹号",
      `="${one.tid}",${numbers[0]},顺丰速运,`,
      `"${first.tid},${second.tid}",${numbers[1]},中通快递,`,
      `,${numbers[2]},中国邮政,${byCode.parcelId}`,
      `4.23457E+18,${numbers[3]},极兔速递,`,
      `${one.tid},,顺丰速运,`,
      `9999999999999999999,${waybillNumber("SF")},顺丰,`,
      `${one.tid},550123456789,,`,
    ].join("\r\n");
    const report = await withActor(PACKER, () => Waybill.importCsv({ csv }));
    expect(report).toMatchObject({ total: 7, assigned: 3, unchanged: 0, rejected: 4 });
    expect(report.rows.map((r) => [r.row, r.status, r.code])).toEqual([
      [2, "assigned", undefined],
      [3, "assigned", undefined],
      [4, "assigned", undefined],
      [5, "rejected", "waybill-import.spreadsheet-notation"],
      [6, "rejected", "waybill.missing"],
      [7, "rejected", "parcel.not-found"],
      [8, "rejected", "waybill.ambiguous"],
    ]);
    expect(report.rows[0]).toMatchObject({ parcelId: p1.parcelId, carrier: "SF" });
    expect(report.rows[1]).toMatchObject({ parcelId: merged!.parcelId, carrier: "ZTO" });
    expect(report.rows[2]).toMatchObject({ parcelId: byCode.parcelId, carrier: "EMS" });

    const again = await withActor(PACKER, () => Waybill.importCsv({ csv }));
    expect(again).toMatchObject({ assigned: 0, unchanged: 3, rejected: 4 });
  });

  it("refuses an export without the columns it needs", async () => {
    await expect(Waybill.importCsv({ csv: "订单号,备注\n1,2" })).rejects.toMatchObject({ code: "waybill-import.no-waybill-column", field: "csv" });
    await expect(Waybill.importCsv({ csv: "运单号,备注\n1,2" })).rejects.toMatchObject({ code: "waybill-import.no-order-column" });
  });
});
