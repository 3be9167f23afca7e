/** Stock balances, the stock card (一物一卡) and its check, transfers, openings, adjustments, the reorder list. */
import { request } from "./client";
import type { Page } from "./types";
import type {
  Adjustment,
  AdjustmentRequest,
  AdjustmentState,
  Balance,
  BinKind,
  CardCheck,
  CardLine,
  OpeningInput,
  ReorderItem,
  SkuStock,
  TransferInput,
} from "./warehouse-types";

/** One of: a bin, a zone, a bin kind (the API reads one index per list). */
export type StockFilter = { by: "zone"; zone: string } | { by: "bin"; binCode: string } | { by: "kind"; binKind: BinKind };

const card = (skuId: string, binCode: string) => `/warehouse/stock/skus/${encodeURIComponent(skuId)}/bins/${encodeURIComponent(binCode)}`;

export function balances(filter: StockFilter, cursor?: string | null) {
  const query = filter.by === "zone" ? { zone: filter.zone } : filter.by === "bin" ? { binCode: filter.binCode } : { binKind: filter.binKind };
  return request<Page<Balance>>("/warehouse/stock", { query: { ...query, cursor, limit: 100 } });
}
export const forSku = (skuId: string) => request<SkuStock>(`/warehouse/stock/skus/${encodeURIComponent(skuId)}`);
export const cardLines = (skuId: string, binCode: string, cursor?: string | null) =>
  request<Page<CardLine>>(`${card(skuId, binCode)}/card`, { query: { cursor, limit: 100 } });
export const check = (skuId: string, binCode: string) => request<CardCheck>(`${card(skuId, binCode)}/check`);
export const transfer = (input: TransferInput) => request<unknown>("/warehouse/stock/transfers", { method: "POST", body: input });
export const opening = (input: OpeningInput) => request<unknown>("/warehouse/stock/openings", { method: "POST", body: input });
export const adjustments = (state: AdjustmentState, cursor?: string | null) =>
  request<Page<Adjustment>>("/warehouse/stock/adjustments", { query: { state, cursor } });
export const requestAdjustment = (input: AdjustmentRequest) =>
  request<Adjustment>("/warehouse/stock/adjustments", { method: "POST", body: input });
/** Not one's own; 409 when already decided. */
export const decideAdjustment = (adjustmentId: string, approve: boolean, note?: string) =>
  request<Adjustment>(`/warehouse/stock/adjustments/${encodeURIComponent(adjustmentId)}/decision`, { method: "POST", body: { approve, note: note || undefined } });
export const reorderList = () => request<{ items: ReorderItem[] }>("/warehouse/reorder-list").then((r) => r.items);
