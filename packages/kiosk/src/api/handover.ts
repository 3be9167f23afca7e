import { config } from "../config";
import type { Caller, Intercept, Waybill } from "./bench";
import { request } from "./client";

/** Carrier handover (交接), docs/api/bench.md: batches of packed parcels per carrier. */
export const CARRIERS = ["SF", "ZTO", "YTO", "STO", "YUNDA", "JD", "EMS", "JT"] as const;
export type Carrier = (typeof CARRIERS)[number];

export interface Batch {
  batchId: string;
  carrier: string;
  carrierName: string;
  state: "open" | "closing" | "closed";
  count: number;
  courierName: string | null;
  courierPhone: string | null;
  createdAt: string;
  createdBy: string;
  benchName: string;
  closedAt: string | null;
  closedBy: string | null;
  day: string;
}

export interface BatchParcel {
  parcelId: string;
  waybill: string | Waybill | null;
  tids: string[];
  receiverName: string;
  receiverCity: string;
  scannedAt: string;
  scannedBy: string;
  handedOver: boolean;
}

export interface BatchDetail extends Batch {
  parcels: BatchParcel[];
}

export interface HandoverScan {
  outcome: "added" | "already_in_batch";
  parcel: { parcelId: string; waybill?: string | Waybill | null; [field: string]: unknown };
  count: number;
}

export type { Intercept };

const options = (caller: Caller) => ({ ...caller, timeoutMs: config.callTimeoutMs });
const batchPath = (batchId: string) => `/handover/batches/${encodeURIComponent(batchId)}`;

export const openBatches = (caller: Caller) => request<{ items: Batch[] }>("/handover/batches/open", options(caller));

export const createBatch = (caller: Caller, carrier: Carrier) =>
  request<Batch>("/handover/batches", { method: "POST", body: { carrier }, ...options(caller) });

export const batch = (caller: Caller, batchId: string) => request<BatchDetail>(batchPath(batchId), options(caller));

export const scanIntoBatch = (caller: Caller, batchId: string, body: { code: string; scanId: string }) =>
  request<HandoverScan>(`${batchPath(batchId)}/scans`, { method: "POST", body, ...options(caller) });

export const removeFromBatch = (caller: Caller, batchId: string, parcelId: string) =>
  request<BatchDetail>(`${batchPath(batchId)}/parcels/${encodeURIComponent(parcelId)}`, { method: "DELETE", ...options(caller) });

export const closeBatch = (caller: Caller, batchId: string, body: { courierName: string; courierPhone?: string }) =>
  request<BatchDetail>(`${batchPath(batchId)}/close`, { method: "POST", body, ...options(caller) });
