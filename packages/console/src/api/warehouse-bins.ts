/** Bins (库位): zone-aisle-shelf-level codes of a kind, and their printable labels. */
import { request } from "./client";
import type { Page } from "./types";
import type { BinChanges, BinInfo, BinKind, BinLabel, BinRange, NewBin } from "./warehouse-types";

export interface BinFilter {
  kind?: BinKind;
  zone?: string;
}

const at = (binCode: string) => `/warehouse/bins/${encodeURIComponent(binCode)}`;

export const list = (filter: BinFilter, cursor?: string | null, limit = 100) =>
  request<Page<BinInfo>>("/warehouse/bins", { query: { ...filter, cursor, limit } });
export const get = (binCode: string) => request<BinInfo>(at(binCode));
export const create = (input: NewBin) => request<BinInfo>("/warehouse/bins", { method: "POST", body: input });
export const createRange = (input: BinRange) => request<{ created: string[] }>("/warehouse/bins/range", { method: "POST", body: input });
/** 409 when retiring a bin that still holds stock. */
export const update = (binCode: string, changes: BinChanges) => request<BinInfo>(at(binCode), { method: "PATCH", body: changes });
export const labels = (filter: BinFilter, cursor?: string | null) =>
  request<Page<BinLabel>>("/warehouse/bins/labels", { query: { ...filter, cursor, limit: 200 } });
