/**
 * Stock counts (盘点). Counts are blind: the sheet and the scans never carry the book quantity;
 * the variance report (supervisors only) exists once the count is submitted.
 */
import { request } from "./client";
import type { Page } from "./types";
import type { CountReport, CountScanInput, CountScanResult, CountScope, CountSheet, CountState, CountSummary } from "./warehouse-ops-types";

const at = (countId: string) => `/warehouse/counts/${encodeURIComponent(countId)}`;

export const list = (state: CountState, cursor?: string | null) => request<Page<CountSummary>>("/warehouse/counts", { query: { state, cursor } });
export const create = (scope: CountScope) => request<CountSummary>("/warehouse/counts", { method: "POST", body: { scope } });
export const sheet = (countId: string) => request<CountSheet>(`${at(countId)}/sheet`);
export const scan = (countId: string, input: CountScanInput) => request<CountScanResult>(`${at(countId)}/scans`, { method: "POST", body: input });
export const resetLine = (countId: string, binCode: string, skuId: string) =>
  request<void>(`${at(countId)}/lines/reset`, { method: "POST", body: { binCode, skuId } });
export const submit = (countId: string) => request<CountSummary>(`${at(countId)}/submit`, { method: "POST" });
/** Supervisors only; 409 while the count is still being counted. */
export const report = (countId: string) => request<CountReport>(`${at(countId)}/report`);
export const explain = (countId: string, binCode: string, skuId: string, reason: string) =>
  request<void>(`${at(countId)}/explanations`, { method: "POST", body: { binCode, skuId, reason } });
/** 409 `lines` lists the variances still without a reason. */
export const approve = (countId: string, report: string) => request<CountReport>(`${at(countId)}/approve`, { method: "POST", body: { report } });
export const cancel = (countId: string) => request<CountSummary>(`${at(countId)}/cancel`, { method: "POST" });
