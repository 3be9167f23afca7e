import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Parcel } from "@dianwu/core/packing";
import { Stock } from "@dianwu/core/warehouse";
import { createApi } from "@dianwu/functions/http/app";
import { loadBench } from "@dianwu/local/demo/bench";
import { loadOrders } from "@dianwu/local/demo/orders";
import { loadParcels } from "@dianwu/local/demo/parcels";
import { loadWarehouse } from "@dianwu/local/demo/warehouse";
import { packerAt } from "@dianwu/local/testing/bench";
import { useTestTable } from "@dianwu/local/testing/table";

const DEMO = { type: "system", reason: "demo-data" } as const;
const app = createApi();
let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
beforeAll(async () => {
  ({ bus } = await useTestTable());
});

describe("demo data for the packing bench", () => {
  it("leaves labelled parcels with stock held, which a bench opens, verifies and closes", async () => {
    await withActor(DEMO, async () => {
      await loadWarehouse();
      await loadOrders();
      await bus.drain();
      await loadParcels();
      await bus.drain();
      await loadBench();
    });
    const picking = (await Parcel.list({ state: "picking" })).items;
    const allocated = (await Parcel.list({ state: "allocated" })).items;
    const ready = [...picking, ...allocated].filter((p) => p.waybill);
    expect(ready.length).toBeGreaterThanOrEqual(2);
    for (const parcel of ready) expect((await Stock.reservations(parcel.parcelId)).some((r) => r.state === "held")).toBe(true);

    const packer = await packerAt(["packer"], app);
    const parcel = ready[0]!;
    const opened = await packer.open(parcel.waybill!.number);
    expect(opened.status, opened.text).toBe(200);
    for (const line of opened.json.manifest.lines as { quantity: number; barcodes: string[]; unitCodes: string[]; uniqueTracked: boolean }[]) {
      for (let i = 0; i < line.quantity; i++) {
        const code = line.uniqueTracked ? line.unitCodes[i]! : line.barcodes[0]!;
        expect((await packer.scan(parcel.parcelId, code)).json.outcome).toBe("correct");
      }
    }
    const closed = await packer.close(parcel.parcelId, parcel.waybill!.number);
    expect(closed.status, closed.text).toBe(200);
  }, 180_000);
});
