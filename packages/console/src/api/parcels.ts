/** Parcels: lists by state, one parcel, lookups by waybill and order, waybill assignment and import. */
import type { Carrier, Parcel, State } from "@dianwu/core/packing";
import { request } from "./client";
import type { Page } from "./types";

export type ParcelInfo = Parcel.Info;
export type ParcelState = State;
export type ParcelLine = ParcelInfo["lines"][number];
export type CarrierCode = Carrier;

export interface ParcelFilter {
  /** Default pending. Ignored when `intercepted` is set. */
  state?: ParcelState;
  intercepted?: boolean;
}

export interface WaybillImportRow {
  /** Line in the file, the header being line 1. */
  row: number;
  status: "assigned" | "unchanged" | "rejected";
  number?: string;
  carrier?: string;
  parcelId?: string;
  code?: string;
  message?: string;
}

export interface WaybillImportReport {
  total: number;
  assigned: number;
  unchanged: number;
  rejected: number;
  rows: WaybillImportRow[];
}

const at = (parcelId: string) => `/parcels/${encodeURIComponent(parcelId)}`;

export const list = (filter: ParcelFilter, cursor?: string | null) =>
  request<Page<ParcelInfo>>("/parcels", { query: { state: filter.intercepted ? undefined : filter.state, intercepted: filter.intercepted || undefined, cursor } });
export const get = (parcelId: string) => request<ParcelInfo>(at(parcelId));
/** One read; 409 `waybill.void` (with the parcel's code) for a label that was replaced. */
export const byWaybill = (number: string) => request<ParcelInfo>(`/parcels/by-waybill/${encodeURIComponent(number)}`);
export const byOrder = (tid: string) =>
  request<{ items: ParcelInfo[] }>(`/parcels/by-order/${encodeURIComponent(tid)}`).then((r) => r.items);

/**
 * Puts a waybill number on a parcel. 400 `waybill.ambiguous` (field `carrier`, `candidates`) when
 * the number fits several carriers; 409 when the number is used or the parcel has another label
 * (`replace` puts a new one on: supervisors, or anyone when a reprint is required).
 */
export const assignWaybill = (parcelId: string, input: { number: string; carrier?: string; replace?: boolean }) =>
  request<{ parcel: ParcelInfo; changed: boolean }>(`${at(parcelId)}/waybill`, { method: "PUT", body: input });
/** The e-waybill printing service's export; `carrier` for files without a carrier column. */
export const importWaybills = (input: { csv: string; carrier?: string }) =>
  request<WaybillImportReport>("/parcels/waybills/import", { method: "POST", body: input });

export interface AllocationOutcome {
  parcelId: string;
  outcome: "allocated" | "skipped" | "short" | "unknown-sku";
  reason?: "not-found" | "not-pending" | "intercepted" | "merge-window";
  skus?: string[];
}

export interface AllocationPage {
  allocated: number;
  short: number;
  unknownSku: number;
  skipped: number;
  outcomes: AllocationOutcome[];
  /** More pending parcels to look at: pass it to the next call. */
  cursor: string | null;
}

/** One page of allocation (配货): the oldest pending parcels past their merge window, or those named. */
export const allocate = (input: { parcelIds?: string[]; cursor?: string }) =>
  request<AllocationPage>("/parcels/allocations", { method: "POST", body: input });
