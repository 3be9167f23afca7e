/** The catalogue: SKUs with their barcodes, labels and unit codes; code lookups. */
import { request } from "./client";
import type { Page } from "./types";
import type { CodeLookup, NewSku, SkuBarcode, SkuChanges, SkuDetail, SkuInfo, SkuLabel } from "./warehouse-types";

const at = (skuId: string) => `/warehouse/skus/${encodeURIComponent(skuId)}`;

export const list = (filter: { styleCode?: string }, cursor?: string | null) =>
  request<Page<SkuInfo>>("/warehouse/skus", { query: { styleCode: filter.styleCode, cursor, limit: 100 } });
export const get = (skuId: string) => request<SkuDetail>(at(skuId));
/** 409 when the platform code, the variant or a barcode is taken; 400 names a barcode failing its check digit. */
export const create = (input: NewSku) => request<SkuDetail>("/warehouse/skus", { method: "POST", body: input });
export const update = (skuId: string, changes: SkuChanges) => request<SkuInfo>(at(skuId), { method: "PATCH", body: changes });
/** A maker's or supplier's barcode; without `code`, a new internal Code 128 label. */
export const addBarcode = (skuId: string, code?: string) =>
  request<SkuBarcode>(`${at(skuId)}/barcodes`, { method: "POST", body: code ? { code } : {} });
export const removeBarcode = (skuId: string, code: string) =>
  request<void>(`${at(skuId)}/barcodes/${encodeURIComponent(code)}`, { method: "DELETE" });
export const labels = (skuId: string, all = false) =>
  request<{ items: SkuLabel[] }>(`${at(skuId)}/labels`, { query: { all: all ? "true" : undefined } }).then((r) => r.items);
export const issueUnitCodes = (skuId: string, count: number) =>
  request<{ items: SkuLabel[] }>(`${at(skuId)}/unit-codes`, { method: "POST", body: { count } }).then((r) => r.items);
/** The SKU (and unit) a scanned or typed code belongs to; 404 when none. */
export const lookup = (code: string) => request<CodeLookup>(`/warehouse/barcodes/${encodeURIComponent(code.trim())}`);
export const byOuterId = (outerSkuId: string) => request<SkuInfo>(`/warehouse/outer-skus/${encodeURIComponent(outerSkuId.trim())}`);
