import { createSignal } from "solid-js";
import * as CatalogueApi from "../../api/warehouse-catalogue";
import type { SkuInfo } from "../../api/warehouse-types";

/*
 * Balances, card lines, adjustments and exceptions name a SKU by its id only; the person reads it
 * by style, colour and size. SKUs are looked up once per visit and kept (they rarely change), and
 * a signal tells every row when a lookup arrived.
 */
const known = new Map<string, SkuInfo>();
const asked = new Map<string, Promise<void>>();
const [arrived, setArrived] = createSignal(0);

export function wantSkus(skuIds: readonly string[]) {
  for (const skuId of new Set(skuIds)) {
    if (known.has(skuId) || asked.has(skuId)) continue;
    asked.set(
      skuId,
      CatalogueApi.get(skuId)
        .then((sku) => {
          known.set(skuId, sku);
          setArrived((n) => n + 1);
        })
        .catch(() => {
          // Unknown or not readable: the row keeps showing the id; a later visit asks again.
          asked.delete(skuId);
        }),
    );
  }
}

/** The SKU once it arrived (reactive), undefined until then. */
export function skuWords(skuId: string): SkuInfo | undefined {
  arrived();
  return known.get(skuId);
}

/** Tells the cache about SKUs a list already brought along. */
export function rememberSkus(skus: readonly SkuInfo[]) {
  for (const sku of skus) known.set(sku.skuId, sku);
  if (skus.length) setArrived((n) => n + 1);
}

/** "T1001 · 白 · M" */
export const variantOf = (sku: { styleCode: string; colour: string; size: string }) => `${sku.styleCode} · ${sku.colour} · ${sku.size}`;
