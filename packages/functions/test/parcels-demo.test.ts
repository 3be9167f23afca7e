import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Order } from "@dianwu/core/orders";
import { Parcel } from "@dianwu/core/packing";
import { useTestTable } from "@dianwu/local/testing/table";
import { loadOrders } from "@dianwu/local/demo/orders";
import { loadParcels } from "@dianwu/local/demo/parcels";
import { loadWarehouse } from "@dianwu/local/demo/warehouse";

const DEMO = { type: "system", reason: "demo-data" } as const;
let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
beforeAll(async () => {
  ({ bus } = await useTestTable());
});

describe("demo parcels", () => {
  it("come from the demo orders through the bus: one merged and being picked, one labelled, the intercepted ones stopped", async () => {
    // As npm start loads them: the warehouse (SKUs and stock) first, so the demo can allocate.
    await withActor(DEMO, () => loadWarehouse());
    await withActor(DEMO, () => loadOrders());
    await bus.drain();
    await withActor(DEMO, () => loadParcels());
    await bus.drain();

    const { items: paid } = await Order.list({ status: "WAIT_SELLER_SEND_GOODS", limit: 100 });
    const { items: picking } = await Order.list({ status: "picking", limit: 100 });
    const tids = [...paid, ...picking].map((o) => o.tid);
    const parcels = [...new Map((await Promise.all(tids.map((tid) => Parcel.byOrder(tid)))).flat().map((p) => [p.parcelId, p])).values()];

    const merged = parcels.find((p) => p.tids.length === 2);
    expect(merged).toMatchObject({ buyerNick: "tb_晴天", state: "picking", waybill: { number: "SF1385628716739", carrier: "SF" } });
    expect(picking.map((o) => o.tid).sort()).toEqual([...merged!.tids].sort());
    expect(await Parcel.byWaybill("73610555582883")).toMatchObject({ state: "pending", waybill: { carrier: "ZTO" } });
    const stopped = parcels.filter((p) => p.intercepted).map((p) => `${p.buyerNick}: ${p.intercepts.map((i) => i.reason).join()}`);
    expect(stopped.sort()).toEqual(["tb_北岛: address_change", "tb_南风: refund"]);
  }, 180_000);
});
