import { ApiError } from "../../api/problem";
import * as CatalogueApi from "../../api/warehouse-catalogue";
import type { SkuInfo } from "../../api/warehouse-types";
import { rememberSkus } from "./sku-words";

const missing = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

/**
 * What a person types or scans to name a SKU: a barcode (maker's, internal or unit code), the
 * platform's code (outer_sku_id), or a style code (then every SKU of the style). Tried in that order.
 */
export async function findSkus(text: string): Promise<SkuInfo[]> {
  const code = text.trim();
  if (!code) return [];
  try {
    const hit = await CatalogueApi.lookup(code);
    const sku = await CatalogueApi.get(hit.skuId);
    rememberSkus([sku]);
    return [sku];
  } catch (error) {
    if (!missing(error)) throw error;
  }
  try {
    const sku = await CatalogueApi.byOuterId(code);
    rememberSkus([sku]);
    return [sku];
  } catch (error) {
    if (!missing(error)) throw error;
  }
  try {
    const style = await CatalogueApi.list({ styleCode: code });
    rememberSkus(style.items);
    return style.items;
  } catch (error) {
    if (!missing(error)) throw error;
    return [];
  }
}
