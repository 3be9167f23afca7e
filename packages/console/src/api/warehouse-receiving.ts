/** Receiving (入库): receipts, scan reconciliation, booking, inspection, the supplier return, the put-away plan. */
import { request } from "./client";
import type { Page } from "./types";
import type {
  InspectionInput,
  InspectionResult,
  NewReceipt,
  PutawayPlan,
  ReceiptDetail,
  ReceiptInfo,
  ReceiptLine,
  ReceiptState,
  Resolution,
  ScanResult,
  SupplierReturnLine,
} from "./warehouse-types";

const at = (receiptId: string) => `/warehouse/receipts/${encodeURIComponent(receiptId)}`;
const line = (receiptId: string, skuId: string) => `${at(receiptId)}/lines/${encodeURIComponent(skuId)}`;

export const list = (state: ReceiptState, cursor?: string | null) => request<Page<ReceiptInfo>>("/warehouse/receipts", { query: { state, cursor } });
export const get = (receiptId: string) => request<ReceiptDetail>(at(receiptId));
export const create = (input: NewReceipt) => request<ReceiptDetail>("/warehouse/receipts", { method: "POST", body: input });
/** One piece (or `qty` pieces) scanned at the receiving desk; a unit code counts once. */
export const scan = (receiptId: string, code: string, qty = 1) =>
  request<ScanResult>(`${at(receiptId)}/scans`, { method: "POST", body: { code, qty } });
export const resolve = (receiptId: string, skuId: string, resolution: Resolution) =>
  request<Omit<ReceiptLine, "sku">>(`${line(receiptId, skuId)}/resolution`, { method: "POST", body: resolution });
/** 409 `lines` lists the differences not yet explained. */
export const book = (receiptId: string) => request<ReceiptDetail>(`${at(receiptId)}/book`, { method: "POST" });
export const cancel = (receiptId: string, reason: string) => request<ReceiptInfo>(`${at(receiptId)}/cancel`, { method: "POST", body: { reason } });
export const inspect = (receiptId: string, skuId: string, input: InspectionInput) =>
  request<InspectionResult>(`${line(receiptId, skuId)}/inspection`, { method: "POST", body: input });
export const supplierReturn = (receiptId: string) =>
  request<{ items: SupplierReturnLine[] }>(`${at(receiptId)}/supplier-return`).then((r) => r.items);
export const dispatchSupplierReturn = (receiptId: string) =>
  request<{ items: SupplierReturnLine[] }>(`${at(receiptId)}/supplier-return/dispatch`, { method: "POST" }).then((r) => r.items);
export const openSupplierReturns = () => request<{ items: SupplierReturnLine[] }>("/warehouse/supplier-returns").then((r) => r.items);
export const putawayPlan = (receiptId: string) => request<PutawayPlan>(`${at(receiptId)}/putaway-plan`);
