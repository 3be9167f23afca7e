import { withActor, type Actor } from "@dianwu/core/actor";
import { Order } from "@dianwu/core/orders";
import { Allocation, Parcel, Waybill } from "@dianwu/core/packing";

/**
 * Demo parcels, made the way real ones are: the orders area's demo orders, paid, reach parcel
 * matching through the bus (merged, intercepted as their stories say); here the warehouse then
 * labels two of them, allocates one (its stock reserved) and starts picking it. Matching runs asynchronously, so this waits (briefly)
 * until every paid demo order has its parcel.
 */
const SUPERVISOR: Actor = { type: "staff", staffNo: "1020", roles: ["warehouse_supervisor"] };
const WAIT_MS = 20_000;

async function paidDemoParcels(): Promise<Parcel.Info[]> {
  const { items } = await Order.list({ status: "WAIT_SELLER_SEND_GOODS", limit: 100 });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = await Promise.all(items.map((order) => Parcel.byOrder(order.tid)));
    if (found.every((parcels) => parcels.length > 0) || Date.now() > deadline) {
      return [...new Map(found.flat().map((p) => [p.parcelId, p])).values()];
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function loadParcels() {
  const parcels = await paidDemoParcels();
  const open = parcels.filter((p) => p.state === "pending" && !p.intercepted);
  const [first, second] = [...open].sort((a, b) => b.tids.length - a.tids.length);
  await withActor(SUPERVISOR, async () => {
    if (first) {
      await Waybill.assign(first.parcelId, { number: "SF1385628716739" });
      const allocated = await Allocation.allocate(first.parcelId, { ignoreMergeWindow: true });
      if (allocated.outcome === "allocated") await Parcel.move(first.parcelId, "picking");
    }
    if (second) await Waybill.assign(second.parcelId, { number: "73610555582883", carrier: "中通快递" });
  });
}
