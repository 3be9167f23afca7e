/** Bulk import of the seller centre's order export: a background job with progress and a report. */
import type { OrderImport } from "@dianwu/core/orders";
import { request } from "./client";
import type { Page } from "./types";

export type ImportJob = OrderImport.Job;
export type ImportState = ImportJob["state"];

export interface ImportReject {
  /** The spreadsheet's row number (the header is row 1). */
  rowNo: number;
  field?: string;
  reason: string;
  tid?: string;
}

const at = (jobId: string) => `/orders/imports/${encodeURIComponent(jobId)}`;

/** The first (or only) part, with the header row; `more` when further parts follow. */
export const create = (input: { fileName: string; csv: string; more: boolean }) =>
  request<ImportJob>("/orders/imports", { method: "POST", body: input });
/** A further part: data rows only; the last one has `more: false` and starts the job. */
export const addPart = (jobId: string, input: { csv: string; more: boolean }) =>
  request<ImportJob>(`${at(jobId)}/parts`, { method: "POST", body: input });
export const get = (jobId: string) => request<ImportJob>(at(jobId));
export const list = (cursor?: string | null) => request<Page<ImportJob>>("/orders/imports", { query: { cursor } });
export const rejects = (jobId: string, cursor?: string | null) =>
  request<Page<ImportReject>>(`${at(jobId)}/rejects`, { query: { cursor } });
