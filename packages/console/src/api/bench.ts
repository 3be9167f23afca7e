/**
 * The console's view of the packing benches (docs/api/bench.md, "Console: activity"): the day's
 * activity, the handover batches with their printable lists, and every scan of a parcel. The
 * shapes are the contract's; the server side is `packages/core/src/packing/bench/`.
 */
import type { CarrierCode } from "./parcels";
import { request } from "./client";

export type ScanOutcome =
  | "correct"
  | "wrong_item"
  | "too_many"
  | "unknown_barcode"
  | "unit_already_scanned"
  | "unit_code_required"
  | "waybill_label"
  | "intercepted";
export type Rejection = Exclude<ScanOutcome, "correct">;

/** Parcels packed per hour of the shop day, keyed "00".."23". */
export type ByHour = Record<string, number>;

export interface BenchTally {
  deviceId: string;
  name: string;
  packed: number;
  units: number;
  byHour: ByHour;
}

export interface PackerTally {
  staffNo: string;
  name: string;
  packed: number;
  units: number;
  byHour: ByHour;
}

export interface WaitingIntercept {
  parcelId: string;
  state: string;
  since: string;
  reasons: string[];
  waybill: string | null;
}

export interface HandoverBatch {
  batchId: string;
  carrier: CarrierCode;
  carrierName: string;
  state: "open" | "closing" | "closed";
  count: number;
  courierName: string | null;
  courierPhone: string | null;
  createdAt: string;
  createdBy: string;
  benchName: string | null;
  closedAt: string | null;
  closedBy: string | null;
  day: string;
}

export interface HandoverParcel {
  parcelId: string;
  waybill: string;
  tids: string[];
  receiverName: string;
  receiverCity: string | null;
  scannedAt: string;
  scannedBy: string;
  handedOver: boolean;
}

export type HandoverBatchDetail = HandoverBatch & { parcels: HandoverParcel[] };

export interface Activity {
  day: string;
  timeZone: string;
  generatedAt: string;
  benches: BenchTally[];
  packers: PackerTally[];
  scans: { accepted: number; rejected: number; byReason: Partial<Record<Rejection, number>> };
  forced: number;
  undone: number;
  interceptsWaiting: { count: number; more: boolean; parcels: WaitingIntercept[] };
  handover: HandoverBatch[];
}

export interface ParcelScan {
  scanId: string;
  kind: string;
  code: string | null;
  outcome: string;
  accepted: boolean;
  line: number | null;
  deviceId: string;
  benchName: string;
  staffNo: string;
  at: string;
  scannedAt: string | null;
  offline: boolean;
}

/** `day` YYYY-MM-DD in the shop's time zone; today when omitted. */
export const activity = (day?: string) => request<Activity>("/packing/activity", { query: { day } });
export const handoverBatches = (day?: string) =>
  request<{ items: HandoverBatch[] }>("/packing/handover-batches", { query: { day } }).then((r) => r.items);
export const handoverBatch = (batchId: string) =>
  request<HandoverBatchDetail>(`/packing/handover-batches/${encodeURIComponent(batchId)}`);
export const parcelScans = (parcelId: string) =>
  request<{ items: ParcelScan[] }>(`/packing/parcels/${encodeURIComponent(parcelId)}/scans`).then((r) => r.items);
