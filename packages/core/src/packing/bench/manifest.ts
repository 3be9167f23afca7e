import * as Sku from "../../warehouse/catalogue/service";
import * as Stock from "../../warehouse/stock/service";
import type { Info as ParcelInfo } from "../store";
import { manifestOf, type SkuForManifest } from "./rules";
import type { BenchManifest } from "./verify";

/**
 * Reads what the manifest needs from the warehouse — each SKU code's catalogue entry (one read
 * per code, then one batch), its barcodes and unit codes, and the bins stock is held in for the
 * parcel — and builds it. Done once when a bench opens a parcel, never per scan.
 */
export async function loadManifest(parcel: ParcelInfo, giftMarkers: readonly string[]): Promise<BenchManifest> {
  const codes = [...new Set(parcel.lines.map((l) => l.sku))];
  const [ids, held] = await Promise.all([
    Promise.all(codes.map(async (code) => [code, code ? await Sku.byOuterId(code) : undefined] as const)),
    Stock.reservations(parcel.parcelId),
  ]);
  const skuIds = ids.flatMap(([, id]) => (id ? [id] : []));
  const [infos, codesOf] = await Promise.all([
    Sku.manyById(skuIds),
    Promise.all(skuIds.map(async (id) => [id, await Sku.barcodes(id)] as const)).then((entries) => new Map(entries)),
  ]);
  const skus = new Map<string, SkuForManifest>();
  for (const [code, skuId] of ids) {
    const info = skuId ? infos.get(skuId) : undefined;
    if (!info) continue;
    const barcodes = codesOf.get(info.skuId) ?? [];
    skus.set(code, {
      skuId: info.skuId,
      styleCode: info.styleCode,
      colour: info.colour,
      size: info.size,
      name: info.name,
      uniqueTracked: info.uniqueCodes,
      barcodes: barcodes.filter((b) => b.kind !== "unit").map((b) => b.code),
      unitCodes: barcodes.filter((b) => b.kind === "unit").map((b) => b.code),
      bins: [...new Set(held.filter((r) => r.state === "held" && r.skuId === info.skuId).map((r) => r.binCode))],
    });
  }
  return manifestOf(parcel, skus, giftMarkers);
}
