import { withActor, type Actor } from "@dianwu/core/actor";
import { VisibleError } from "@dianwu/core/error";
import { Parcel, Waybill } from "@dianwu/core/packing";
import { Sku, Stock } from "@dianwu/core/warehouse";

/**
 * Demo parcels ready for the packing bench: the demo's paid parcels get their stock reserved (as
 * allocation will do) and a waybill label, so a bench paired on `npm start` can open them by
 * label, verify the demo SKUs' barcodes and close them. Intercepted ones are left as they are:
 * they open as the red screen.
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
      try {
        const lines = await Promise.all(parcel.lines.map(async (l) => ({ skuId: await Sku.byOuterId(l.sku), qty: l.quantity })));
        if (lines.some((l) => !l.skuId)) continue;
        await Stock.reserve({ documentId: parcel.parcelId, lines: lines.map((l) => ({ skuId: l.skuId!, qty: l.qty })) });
        if (parcel.state === "pending") await Parcel.move(parcel.parcelId, "allocated");
        if (!parcel.waybill && label < LABELS.length) await Waybill.assign(parcel.parcelId, { number: LABELS[label++]!, carrier: "SF" });
      } catch (error) {
        // A demo parcel the demo stock cannot serve stays pending, as it would in the shop.
        if (!(error instanceof VisibleError)) throw error;
      }
    }
  });
}
