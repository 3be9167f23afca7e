import { withActor, type Actor } from "@dianwu/core/actor";
import { Allocation, Parcel, Waybill } from "@dianwu/core/packing";

/**
 * Demo parcels ready for the packing bench: the demo's paid parcels are allocated (stock reserved)
 * and get a waybill label, so a bench paired on `npm start` can open them by label, verify the
 * demo SKUs' barcodes and close them. Intercepted ones are left as they are: they open as the
 * red screen.
 */
const SUPERVISOR: Actor = { type: "staff", staffNo: "1020", roles: ["warehouse_supervisor"] };
const LABELS = ["SF1234567890128", "SF1234567890135", "SF1234567890142", "SF1234567890159"];

export async function loadBench() {
  const { items } = await Parcel.list({ state: "pending", limit: 50 });
  const picking = (await Parcel.list({ state: "picking", limit: 50 })).items;
  const candidates = [...picking, ...items].filter((p) => !p.intercepted && !p.awaitingStock);
  let label = 0;
  await withActor(SUPERVISOR, async () => {
    for (const parcel of candidates) {
      // A demo parcel the demo stock cannot serve stays pending, as it would in the shop.
      const allocated = parcel.state !== "pending" || (await Allocation.allocate(parcel.parcelId, { ignoreMergeWindow: true })).outcome === "allocated";
      if (allocated && !parcel.waybill && label < LABELS.length) await Waybill.assign(parcel.parcelId, { number: LABELS[label++]!, carrier: "SF" });
    }
  });
}
