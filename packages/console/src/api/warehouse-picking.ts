/** Picking (拣货): waves from allocated parcels, pick lists and outbound slips, short-pick exceptions. */
import type { Parcel } from "@dianwu/core/packing";
import { request } from "./client";
import type { Page } from "./types";
import type { OutboundSlips, PickException, PickListDocument, WaveDetail, WaveParcelInput, WaveState, WaveSummary, WavesMade } from "./warehouse-types";

const at = (waveId: string) => `/warehouse/waves/${encodeURIComponent(waveId)}`;

export const list = (state: WaveState, cursor?: string | null) => request<Page<WaveSummary>>("/warehouse/waves", { query: { state, cursor } });
export const get = (waveId: string) => request<WaveDetail>(at(waveId));
/** Waves from allocated parcels (at most 500 a call); parcels already waved or not allocated come back as `skipped`. */
export const create = (parcels: WaveParcelInput[]) => request<WavesMade>("/warehouse/waves", { method: "POST", body: { parcels } });
export const pickList = (waveId: string) => request<PickListDocument>(`${at(waveId)}/pick-list`);
export const slips = (waveId: string) => request<OutboundSlips>(`${at(waveId)}/slips`);
export const cancel = (waveId: string) => request<WaveSummary>(`${at(waveId)}/cancel`, { method: "POST" });
export const exceptions = (state: "open" | "resolved", cursor?: string | null) =>
  request<Page<PickException>>("/warehouse/pick-exceptions", { query: { state, cursor } });
export const resolveException = (exceptionId: string, resolution: string) =>
  request<PickException>(`/warehouse/pick-exceptions/${encodeURIComponent(exceptionId)}/resolve`, { method: "POST", body: { resolution } });

/** What waves are made from: parcels whose stock is reserved (state allocated), oldest first. */
export type AllocatedParcel = Parcel.Info;
export const allocatedParcels = (cursor?: string | null) =>
  request<Page<AllocatedParcel>>("/parcels", { query: { state: "allocated", cursor, limit: 200 } });
