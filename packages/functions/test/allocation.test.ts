import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Audit } from "@dianwu/core/audit";
import { Parcel, ParcelEvents, resetStockAvailability } from "@dianwu/core/packing";
import { Settings } from "@dianwu/core/settings";
import { Stock } from "@dianwu/core/warehouse";
import { composeAreas } from "@dianwu/functions/compose";
import { createApi } from "@dianwu/functions/http/app";
import { warehouseReleaseStock } from "@dianwu/functions/events/warehouse-release-stock";
import { consumersFor } from "../../../infra/events";
import { SYSTEM } from "@dianwu/local/testing/factories";
import { signedIn } from "@dianwu/local/testing/http";
import { makeParcel } from "@dianwu/local/testing/parcels";
import { useTestTable } from "@dianwu/local/testing/table";
import { makeSku, stockUp } from "@dianwu/local/testing/warehouse";

const app = createApi();
let supervisor: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  await useTestTable();
  supervisor = await signedIn(["warehouse_supervisor"], "warehouse", app);
});

/** A SKU with `stock` pieces in its home bin and a fresh paid parcel of `qty` of it. */
async function parcelOf(qty: number, stock: number) {
  const sku = await makeSku();
  if (stock) await stockUp(sku.skuId, sku.homeBin, stock);
  const { parcel, order } = await makeParcel({ skus: [[sku.outerSkuId, qty]], noMerge: true });
  return { sku, parcel, order };
}

const allocate = (body: unknown) => supervisor.post("/api/parcels/allocations", body);

async function setMergeWindow(minutes: number) {
  const { settings, version } = await Settings.get();
  await withActor(SYSTEM, () => Settings.update({ settings: { ...settings, parcels: { ...settings.parcels, mergeWindowMinutes: minutes } }, version }));
}

describe("allocation (配货)", () => {
  it("reserves a named parcel's stock and moves it to allocated; audited; a second call changes nothing", async () => {
    const { sku, parcel } = await parcelOf(2, 5);
    const res = await allocate({ parcelIds: [parcel.parcelId] });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toMatchObject({ allocated: 1, outcomes: [{ parcelId: parcel.parcelId, outcome: "allocated" }] });
    expect((await Parcel.mustFromId(parcel.parcelId)).state).toBe("allocated");
    const held = await Stock.reservations(parcel.parcelId);
    expect(held).toEqual([expect.objectContaining({ skuId: sku.skuId, qty: 2, state: "held" })]);
    expect((await Stock.balance(sku.skuId, sku.homeBin))).toMatchObject({ onHand: 5, reserved: 2, available: 3 });
    const trail = await Audit.byTarget({ type: "parcel", id: parcel.parcelId });
    expect(trail.items.map((e) => e.action)).toContain("parcel.allocated");

    const again = await allocate({ parcelIds: [parcel.parcelId] });
    expect(again.json).toMatchObject({ allocated: 0, outcomes: [{ outcome: "skipped", reason: "not-pending" }] });
    expect((await Stock.balance(sku.skuId, sku.homeBin))).toMatchObject({ reserved: 2 });
  });

  it("leaves a parcel the stock cannot serve pending, with the shortage, and allocates it once goods arrive", async () => {
    const { sku, parcel } = await parcelOf(3, 1);
    const short = await allocate({ parcelIds: [parcel.parcelId] });
    expect(short.json).toMatchObject({ short: 1, outcomes: [{ outcome: "short", shortages: expect.anything() }] });
    expect((await Parcel.mustFromId(parcel.parcelId)).state).toBe("pending");
    expect(await Stock.reservations(parcel.parcelId)).toEqual([]);

    await stockUp(sku.skuId, sku.homeBin, 2);
    const later = await allocate({ parcelIds: [parcel.parcelId] });
    expect(later.json).toMatchObject({ allocated: 1 });
  });

  it("names the platform SKU codes no SKU has, skips intercepted and unknown parcels", async () => {
    const { parcel: unknown } = await makeParcel({ skus: [["NO-SUCH-SKU", 1]], noMerge: true });
    const { parcel: stopped, order } = await parcelOf(1, 1);
    await withActor(SYSTEM, () => Parcel.intercept(order.tid, "refund"));
    const res = await allocate({ parcelIds: [unknown.parcelId, stopped.parcelId, "P0000000000"] });
    expect(res.json.outcomes).toEqual([
      { parcelId: unknown.parcelId, outcome: "unknown-sku", skus: ["NO-SUCH-SKU"] },
      { parcelId: stopped.parcelId, outcome: "skipped", reason: "intercepted" },
      { parcelId: "P0000000000", outcome: "skipped", reason: "not-found" },
    ]);
  });

  it("sweeps only parcels past their merge window, oldest first, one page per call with a cursor", async () => {
    await setMergeWindow(0);
    try {
      const a = await parcelOf(1, 1);
      const b = await parcelOf(1, 1);
      const seen: string[] = [];
      let cursor: string | null | undefined;
      do {
        const res = await allocate(cursor ? { limit: 1, cursor } : { limit: 1 });
        expect(res.status, JSON.stringify(res.json)).toBe(200);
        seen.push(...res.json.outcomes.filter((o: { outcome: string }) => o.outcome === "allocated").map((o: { parcelId: string }) => o.parcelId));
        cursor = res.json.cursor;
      } while (cursor);
      expect(seen).toEqual(expect.arrayContaining([a.parcel.parcelId, b.parcel.parcelId]));
      expect(seen.indexOf(a.parcel.parcelId)).toBeLessThan(seen.indexOf(b.parcel.parcelId));
    } finally {
      await setMergeWindow(30);
    }
    // Inside the (default) window a new parcel still waits for more orders of its buyer.
    const fresh = await parcelOf(1, 1);
    const res = await allocate({});
    expect(res.json.outcomes.map((o: { parcelId: string }) => o.parcelId)).not.toContain(fresh.parcel.parcelId);
    expect((await Parcel.mustFromId(fresh.parcel.parcelId)).state).toBe("pending");
  });

  it("refuses a packer (403) and bad input with the field named", async () => {
    const packer = await signedIn(["packer"], "warehouse", app);
    expect((await packer.post("/api/parcels/allocations", {})).status).toBe(403);
    const bad = await allocate({ parcelIds: [] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain("parcelIds");
  });

  it("gives the reserved stock back when an allocated parcel is cancelled, once however often the event comes", async () => {
    const { sku, parcel } = await parcelOf(2, 2);
    await allocate({ parcelIds: [parcel.parcelId] });
    expect(await Stock.balance(sku.skuId, sku.homeBin)).toMatchObject({ reserved: 2, available: 0 });
    await withActor(SYSTEM, () => Parcel.move(parcel.parcelId, "cancelled"));
    const event = withActor(SYSTEM, () => ParcelEvents.StateChanged.create({ parcelId: parcel.parcelId, tids: parcel.tids, from: "allocated", to: "cancelled" }));
    expect(consumersFor(event["detail-type"])).toContain("warehouse-release-stock");
    await warehouseReleaseStock(event);
    await warehouseReleaseStock(event);
    expect(await Stock.balance(sku.skuId, sku.homeBin)).toMatchObject({ onHand: 2, reserved: 0, available: 2 });
    expect((await Stock.reservations(parcel.parcelId)).map((r) => r.state)).toEqual(["released"]);
  });

  it("with the areas composed, matching splits what the stock cannot serve into a later parcel; allocation serves both as stock comes", async () => {
    composeAreas();
    try {
      const sku = await makeSku();
      await stockUp(sku.skuId, sku.homeBin, 1);
      const { order } = await makeParcel({ skus: [[sku.outerSkuId, 3]], noMerge: true });
      const parcels = await Parcel.byOrder(order.tid);
      expect(parcels.map((p) => [p.awaitingStock, p.lines[0]!.quantity]).sort()).toEqual([[false, 1], [true, 2]]);
      const [ready, later] = [parcels.find((p) => !p.awaitingStock)!, parcels.find((p) => p.awaitingStock)!];
      expect((await allocate({ parcelIds: [ready.parcelId, later.parcelId] })).json).toMatchObject({ allocated: 1, short: 1 });
      await stockUp(sku.skuId, sku.homeBin, 2);
      expect((await allocate({ parcelIds: [later.parcelId] })).json).toMatchObject({ allocated: 1 });
      expect(await Parcel.mustFromId(later.parcelId)).toMatchObject({ state: "allocated", awaitingStock: false });
    } finally {
      resetStockAvailability();
    }
  });
});
