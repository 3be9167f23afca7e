import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Bus, type Envelope } from "@dianwu/core/bus";
import { Order, ShopInbox } from "@dianwu/core/orders";
import { Parcel } from "@dianwu/core/packing";
import { Stock } from "@dianwu/core/warehouse";
import { Waybill } from "@dianwu/core/packing";
import { createApi } from "@dianwu/functions/http/app";
import { benchSku, packerAt, piecesOf, readyParcel, scanId, type ReadyParcel } from "@dianwu/local/testing/bench";
import { SYSTEM } from "@dianwu/local/testing/factories";
import { tmcBody, tradeStory } from "@dianwu/local/testing/orders";
import { waybillNumber } from "@dianwu/local/testing/parcels";
import { useTestTable } from "@dianwu/local/testing/table";
import { SUPERVISOR } from "@dianwu/local/testing/warehouse";

const app = createApi();
const published: Envelope[] = [];
let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
let packer: Awaited<ReturnType<typeof packerAt>>;

beforeAll(async () => {
  ({ bus } = await useTestTable());
  Bus.setTransport(async (events) => {
    published.push(...events);
    events.forEach(bus.deliver);
  });
  packer = await packerAt(["packer"], app);
});

/** A parcel packed at the bench: opened, every piece scanned, closed with its label. */
async function packed(options: Parameters<typeof readyParcel>[0] = {}) {
  const ready = await readyParcel({ lines: [{ quantity: 1 }], ...options });
  await packer.open(ready.waybill);
  for (const code of piecesOf(ready)) await packer.scan(ready.parcel.parcelId, code);
  const closed = await packer.close(ready.parcel.parcelId, ready.waybill);
  expect(closed.status, closed.text).toBe(200);
  return ready;
}

async function newBatch(carrier = "SF", courierName?: string) {
  const created = await packer.post("/api/handover/batches", { carrier, courierName });
  expect(created.status, created.text).toBe(201);
  return created.json as { batchId: string; carrier: string; state: string; count: number };
}

const scanInto = (batchId: string, code: string) => packer.post(`/api/handover/batches/${batchId}/scans`, { code, scanId: scanId() });

describe("handover batches (交接)", () => {
  it("takes only packed, not intercepted parcels of its carrier, once, into one batch", async () => {
    const batch = await newBatch("顺丰");
    expect(batch).toMatchObject({ carrier: "SF", carrierName: "顺丰速运", state: "open", count: 0, benchName: packer.device.name, createdBy: packer.staff.staffNo });
    const [one, two] = [await packed(), await packed()];

    const added = await scanInto(batch.batchId, one.waybill);
    expect(added.json).toMatchObject({ outcome: "added", count: 1, parcel: { parcelId: one.parcel.parcelId, waybill: one.waybill, tids: [one.tid], receiverName: "张三" } });
    expect((await scanInto(batch.batchId, two.parcel.parcelId)).json).toMatchObject({ outcome: "added", count: 2 });
    expect((await scanInto(batch.batchId, one.waybill)).json).toMatchObject({ outcome: "already_in_batch", count: 2 });

    const notPacked = await readyParcel();
    const refused = await scanInto(batch.batchId, notPacked.waybill);
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ code: "handover.not-packed", state: "allocated" });
    const zto = await packed({ carrier: "ZTO" });
    expect((await scanInto(batch.batchId, zto.waybill)).json).toMatchObject({ code: "handover.wrong-carrier", carrier: "ZTO" });
    expect((await scanInto(batch.batchId, "SF0000000000000")).json.code).toBe("bench.not-found");

    const stopped = await packed();
    await withActor(SYSTEM, () => Parcel.intercept(stopped.tid, "refund"));
    const red = await scanInto(batch.batchId, stopped.waybill);
    expect(red.status).toBe(423);
    expect(red.json).toMatchObject({ code: "parcel.intercepted", intercept: { putAt: "拦截区" } });

    const other = await newBatch("SF");
    expect((await scanInto(other.batchId, one.waybill)).json).toMatchObject({ code: "handover.in-other-batch", batchId: batch.batchId });

    const list = await packer.get(`/api/handover/batches/${batch.batchId}`);
    expect(list.json.parcels.map((p: { parcelId: string }) => p.parcelId)).toEqual([one.parcel.parcelId, two.parcel.parcelId]);
    expect((await packer.get("/api/handover/batches/open")).json.items.map((b: { batchId: string }) => b.batchId)).toEqual(expect.arrayContaining([batch.batchId, other.batchId]));
  }, 90_000);

  it("hands every parcel over when the courier signs, and the printable list says so", async () => {
    const batch = await newBatch("SF");
    const [one, two] = [await packed(), await packed()];
    await scanInto(batch.batchId, one.waybill);
    await scanInto(batch.batchId, two.waybill);
    const list = await packer.get(`/api/handover/batches/${batch.batchId}`);
    expect(list.json).toMatchObject({ state: "open", count: 2, parcels: [{ parcelId: one.parcel.parcelId, handedOver: false }, { parcelId: two.parcel.parcelId }] });

    const unsigned = await packer.post(`/api/handover/batches/${batch.batchId}/close`, {});
    expect(unsigned.json.field).toBe("courierName");
    const closed = await packer.post(`/api/handover/batches/${batch.batchId}/close`, { courierName: "李师傅", courierPhone: "13912345678" });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.json).toMatchObject({ state: "closed", count: 2, courierName: "李师傅", courierPhone: "13912345678", closedBy: packer.staff.staffNo });
    expect(closed.json.parcels.every((p: { handedOver: boolean }) => p.handedOver)).toBe(true);
    expect((await Parcel.mustFromId(one.parcel.parcelId)).state).toBe("handed_over");
    expect((await Parcel.mustFromId(two.parcel.parcelId)).state).toBe("handed_over");
    expect(published.find((e) => e["detail-type"] === "packing.handover-closed" && (e.detail as { batchId: string }).batchId === batch.batchId)?.detail).toMatchObject({
      carrier: "SF",
      courierName: "李师傅",
      parcels: [{ parcelId: one.parcel.parcelId }, { parcelId: two.parcel.parcelId }],
    });

    expect((await scanInto(batch.batchId, (await packed()).waybill)).json.code).toBe("handover.batch-closed");
    const twice = await packer.post(`/api/handover/batches/${batch.batchId}/close`, { courierName: "李师傅" });
    expect(twice.json).toMatchObject({ state: "closed", closedAt: closed.json.closedAt });
  }, 90_000);

  it("a parcel intercepted after it was scanned in stops the close until it is taken out", async () => {
    const batch = await newBatch("SF");
    const [kept, stopped] = [await packed(), await packed()];
    await scanInto(batch.batchId, kept.waybill);
    await scanInto(batch.batchId, stopped.waybill);
    await withActor(SYSTEM, () => Parcel.intercept(stopped.tid, "address_change"));

    const refused = await packer.post(`/api/handover/batches/${batch.batchId}/close`, { courierName: "王师傅" });
    expect(refused.status).toBe(423);
    expect(refused.json).toMatchObject({ code: "handover.intercepted", parcels: [stopped.parcel.parcelId] });
    expect((await Parcel.mustFromId(kept.parcel.parcelId)).state).toBe("packed");

    const removed = await packer.call("DELETE", `/api/handover/batches/${batch.batchId}/parcels/${stopped.parcel.parcelId}`);
    expect(removed.status, removed.text).toBe(200);
    expect(removed.json).toMatchObject({ count: 1, parcels: [{ parcelId: kept.parcel.parcelId }] });
    const closed = await packer.post(`/api/handover/batches/${batch.batchId}/close`, { courierName: "王师傅" });
    expect(closed.json).toMatchObject({ state: "closed", count: 1 });
    expect((await Parcel.mustFromId(stopped.parcel.parcelId)).state).toBe("packed");
    expect((await packer.post(`/api/handover/batches/${(await newBatch()).batchId}/close`, { courierName: "王师傅" })).json.code).toBe("handover.empty");
  }, 90_000);

  it("an order from the shop goes paid → packed → handed to the carrier", async () => {
    const sku = await benchSku({ stock: 2 });
    const story = tradeStory({ lines: [{ outerSkuId: sku.outerSkuId, num: 2, priceFen: 9900 }] });
    await withActor({ type: "platform", name: "taobao" }, async () => {
      for (const m of story.messages) await ShopInbox.receive(tmcBody(m));
    });
    await bus.drain();
    const tid = String(story.tid);
    const [parcel] = await Parcel.byOrder(tid);
    expect(parcel?.state).toBe("pending");
    const waybill = waybillNumber("SF");
    await withActor(SUPERVISOR, async () => {
      await Stock.reserve({ documentId: parcel!.parcelId, lines: [{ skuId: sku.skuId, qty: 2 }] });
      await Parcel.move(parcel!.parcelId, "allocated");
      await Waybill.assign(parcel!.parcelId, { number: waybill, carrier: "SF" });
    });
    const ready: ReadyParcel = { parcel: await Parcel.mustFromId(parcel!.parcelId), tid, waybill, lines: [{ sku, quantity: 2 }] };
    await packer.open(waybill);
    for (const code of piecesOf(ready)) await packer.scan(parcel!.parcelId, code);
    expect((await packer.close(parcel!.parcelId, waybill)).status).toBe(200);
    await bus.drain();
    expect((await Order.fromTid(tid)).status).toBe("packed");

    const batch = await newBatch("SF");
    await scanInto(batch.batchId, waybill);
    await packer.post(`/api/handover/batches/${batch.batchId}/close`, { courierName: "赵师傅" });
    await bus.drain();
    expect((await Order.fromTid(tid)).status).toBe("handed_to_carrier");
  }, 90_000);
});
