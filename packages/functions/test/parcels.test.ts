import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Bus } from "@dianwu/core/bus";
import { OrderEvents } from "@dianwu/core/orders";
import { OrderForParcels, Parcel } from "@dianwu/core/packing";
import { useTestTable } from "@dianwu/local/testing/table";
import { signedIn } from "@dianwu/local/testing/http";
import { makeParcel, paidOrder, PLATFORM, waybillNumber } from "@dianwu/local/testing/parcels";

let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
beforeAll(async () => {
  ({ bus } = await useTestTable());
});

/** The orders area's event, as it publishes it (its own schema checks the detail). */
function orderEvent(input: ReturnType<typeof paidOrder>, version = 1) {
  const order = OrderForParcels.parse(input);
  const receiver = { ...order.receiver!, normalisedAddress: "" };
  const lines = order.lines.map((l) => ({ ...l, refundStatus: "NO_REFUND" as const, added: false }));
  return { tid: order.tid, version, status: order.status!, buyerNick: order.buyerNick, receiver, lines, sellerFlag: 0, intercepted: false };
}

describe("orders events drive parcels through the bus", () => {
  it("orders.paid makes a parcel; orders.intercepted stops it; orders.released frees it", async () => {
    const order = paidOrder({ skus: [["TS-RED-M", 2]] });
    await withActor(PLATFORM, () => Bus.publish(OrderEvents.Paid.create(orderEvent(order))));
    await bus.drain();
    const [parcel] = await Parcel.byOrder(order.tid);
    expect(parcel).toMatchObject({ state: "pending", lines: [{ sku: "TS-RED-M", quantity: 2 }] });

    await withActor(PLATFORM, () =>
      Bus.publish(
        OrderEvents.Intercepted.create({ tid: order.tid, version: 2, intercepts: [{ id: "x1", reason: "refund", at: new Date().toISOString() }] }),
      ),
    );
    await bus.drain();
    expect(await Parcel.mustFromId(parcel!.parcelId)).toMatchObject({ intercepted: true, intercepts: [{ reason: "refund" }] });

    await withActor(PLATFORM, () =>
      Bus.publish(OrderEvents.Released.create({ tid: order.tid, version: 3, interceptIds: ["x1"], releasedBy: "1020", reprintWaybill: false })),
    );
    await bus.drain();
    expect(await Parcel.mustFromId(parcel!.parcelId)).toMatchObject({ intercepted: false });
  });

  it("orders.changed with the order closed cancels its parcel", async () => {
    const order = paidOrder();
    await withActor(PLATFORM, () => Bus.publish(OrderEvents.Paid.create(orderEvent(order))));
    await bus.drain();
    await withActor(PLATFORM, () =>
      Bus.publish(OrderEvents.Changed.create({ ...orderEvent({ ...order, status: "TRADE_CLOSED" }, 2), changes: ["status"] })),
    );
    await bus.drain();
    expect((await Parcel.byOrder(order.tid)).map((p) => p.state)).toEqual(["cancelled"]);
  });
});

describe("parcel routes", () => {
  it("lists by state, oldest first, with a cursor that pages through", async () => {
    const reader = await signedIn(["cs_tracking"], "customer_service");
    await Promise.all([1, 2, 3].map(() => makeParcel()));
    const first = await reader.get("/api/parcels?state=pending&limit=2");
    expect(first.status).toBe(200);
    expect(first.json.items).toHaveLength(2);
    expect(first.json.cursor).toEqual(expect.any(String));
    const second = await reader.get(`/api/parcels?state=pending&limit=2&cursor=${encodeURIComponent(first.json.cursor)}`);
    expect(second.json.items[0].parcelId).not.toBe(first.json.items[1].parcelId);
    const created = [...first.json.items, ...second.json.items].map((p: { createdAt: string }) => p.createdAt);
    expect(created).toEqual([...created].sort());
  });

  it("a cursor that is not one of ours is a 400 naming it, not a 500", async () => {
    const reader = await signedIn(["packer"], "warehouse");
    const response = await reader.get("/api/parcels?cursor=not-a-cursor");
    expect(response.status).toBe(400);
    expect(response.json.field).toBe("query.cursor");
    await Promise.all([1, 2].map(() => makeParcel()));
    const fromPending = (await reader.get("/api/parcels?state=pending&limit=1")).json.cursor;
    const crossed = await reader.get(`/api/parcels?intercepted=true&cursor=${encodeURIComponent(fromPending)}`);
    expect(crossed.status).toBe(400);
  });

  it("one parcel by code, by order, and 404 for an unknown code", async () => {
    const reader = await signedIn(["packer"], "warehouse");
    const { order, parcel } = await makeParcel();
    expect((await reader.get(`/api/parcels/${parcel.parcelId.toLowerCase()}`)).json).toMatchObject({ parcelId: parcel.parcelId });
    expect((await reader.get(`/api/parcels/by-order/${order.tid}`)).json.items.map((p: { parcelId: string }) => p.parcelId)).toEqual([
      parcel.parcelId,
    ]);
    const missing = await reader.get("/api/parcels/P0000000000");
    expect(missing.status).toBe(404);
    expect(missing.json.code).toBe("parcel.not-found");
  });

  it("assigns a waybill, finds the parcel by it, and refuses a used number with 409 naming the field", async () => {
    const packer = await signedIn(["packer"], "warehouse");
    const { parcel } = await makeParcel();
    const { parcel: other } = await makeParcel();
    const number = waybillNumber("SF");
    const assigned = await packer.put(`/api/parcels/${parcel.parcelId}/waybill`, { number, carrier: "顺丰" });
    expect(assigned.status).toBe(200);
    expect(assigned.json).toMatchObject({ changed: true, parcel: { waybill: { number, carrier: "SF" } } });
    expect((await packer.get(`/api/parcels/by-waybill/${number}`)).json).toMatchObject({ parcelId: parcel.parcelId });
    const again = await packer.put(`/api/parcels/${other.parcelId}/waybill`, { number });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ code: "waybill.used", field: "number", parcelId: parcel.parcelId });
    expect((await packer.get("/api/parcels/by-waybill/SF0000000000000")).status).toBe(404);
  });

  it("asks for the carrier when a number fits several, and names the format problem otherwise", async () => {
    const packer = await signedIn(["picker"], "warehouse");
    const { parcel } = await makeParcel();
    const ambiguous = await packer.put(`/api/parcels/${parcel.parcelId}/waybill`, { number: "550123456789" });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.json).toMatchObject({ code: "waybill.ambiguous", field: "carrier", candidates: ["SF", "ZTO"] });
    const bad = await packer.put(`/api/parcels/${parcel.parcelId}/waybill`, { number: "NOT-A-WAYBILL" });
    expect(bad.json).toMatchObject({ status: 400, code: "waybill.format", field: "number" });
    const unknownCarrier = await packer.put(`/api/parcels/${parcel.parcelId}/waybill`, { number: "550123456789", carrier: "德邦" });
    expect(unknownCarrier.json).toMatchObject({ status: 400, code: "waybill.unknown-carrier", field: "carrier" });
  });

  it("customer service reads but cannot assign", async () => {
    const cs = await signedIn(["cs_supervisor"], "customer_service");
    const { parcel } = await makeParcel();
    expect((await cs.get(`/api/parcels/${parcel.parcelId}`)).status).toBe(200);
    expect((await cs.put(`/api/parcels/${parcel.parcelId}/waybill`, { number: waybillNumber("SF") })).status).toBe(403);
  });

  it("imports the printing service's export and reports every row", async () => {
    const supervisor = await signedIn(["warehouse_supervisor"], "warehouse");
    const { order, parcel } = await makeParcel();
    const number = waybillNumber("YTO");
    const csv = `订单号,运单号,快递公司\n${order.tid},${number},圆通速递\n123456789,${waybillNumber("SF")},顺丰\n`;
    const response = await supervisor.post("/api/parcels/waybills/import", { csv });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ total: 2, assigned: 1, rejected: 1 });
    expect(response.json.rows[0]).toMatchObject({ row: 2, status: "assigned", parcelId: parcel.parcelId, number, carrier: "YTO" });
    expect(response.json.rows[1]).toMatchObject({ row: 3, status: "rejected", code: "parcel.not-found" });
    const noColumns = await supervisor.post("/api/parcels/waybills/import", { csv: "a,b\n1,2" });
    expect(noColumns.json).toMatchObject({ status: 400, code: "waybill-import.no-waybill-column", field: "csv" });
  });

  it("lists intercepted parcels, and a replaced label answers 409 with the parcel's code", async () => {
    const supervisor = await signedIn(["warehouse_supervisor"], "warehouse");
    const { order, parcel } = await makeParcel();
    const old = waybillNumber("JT");
    await supervisor.put(`/api/parcels/${parcel.parcelId}/waybill`, { number: old });
    await withActor(PLATFORM, () => Parcel.intercept(order.tid, "address_change"));
    const stopped = await supervisor.get("/api/parcels?intercepted=true&limit=200");
    expect(stopped.json.items.map((p: { parcelId: string }) => p.parcelId)).toContain(parcel.parcelId);
    const replaced = await supervisor.put(`/api/parcels/${parcel.parcelId}/waybill`, { number: waybillNumber("JT"), replace: true });
    expect(replaced.status).toBe(200);
    const lookup = await supervisor.get(`/api/parcels/by-waybill/${old}`);
    expect(lookup.status).toBe(409);
    expect(lookup.json).toMatchObject({ code: "waybill.void", parcelId: parcel.parcelId });
  });
});
