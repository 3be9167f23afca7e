/** Customer-service desk: handover memos, fines with appeals, the department fund. */
import { request } from "./client";
import type { Department, Page } from "./types";
import type { DropItem, FineInfo, FineListFilter, FundEntry, FundLedgerPage, HandoverItem, HandoverMemo, IssueFine, WriteMemo } from "./service-types";

const department = (d: Department) => `/service/departments/${d}`;
const item = (itemId: string) => `/service/handover-items/${encodeURIComponent(itemId)}`;
const fine = (fineId: string) => `/service/fines/${encodeURIComponent(fineId)}`;

export const finesPath = (d: Department) => `${department(d)}/fines`;
export const fundPath = (d: Department) => `${department(d)}/fund`;

/** `rule` and `flagHr` are applied by the API, so paging stays exact under a filter. */
export const departmentFines = (d: Department, cursor?: string | null, filter: FineListFilter = {}) =>
  request<Page<FineInfo>>(finesPath(d), { query: { cursor, rule: filter.rule, flagHr: filter.flagHr } });
export const myFines = (staffNo?: string) => request<{ items: FineInfo[] }>("/service/fines", { query: { staffNo } }).then((r) => r.items);
/** The amount comes from the settings' rule; escalating rules count this calendar month. */
export const issueFine = (input: IssueFine) => request<FineInfo>("/service/fines", { method: "POST", body: input });
export const appeal = (fineId: string, reason: string) => request<FineInfo>(`${fine(fineId)}/appeal`, { method: "POST", body: { reason } });
export const decideAppeal = (fineId: string, overturn: boolean, note?: string) =>
  request<FineInfo>(`${fine(fineId)}/appeal/decision`, { method: "POST", body: { overturn, note: note || undefined } });
export const openAppeals = () => request<{ items: FineInfo[] }>("/service/appeals").then((r) => r.items);

export const fund = (d: Department, cursor?: string | null) => request<FundLedgerPage>(fundPath(d), { query: { cursor } });
/** 409 with `balanceFen` when the fund holds less. */
export const spend = (d: Department, amountFen: number, note: string) =>
  request<FundEntry>(`${fundPath(d)}/spending`, { method: "POST", body: { amountFen, note } });

export const memos = (d: Department | undefined, cursor?: string | null) =>
  request<Page<HandoverMemo>>("/service/handovers", { query: { department: d, cursor, limit: 20 } });
export const openItems = (d?: Department) => request<{ items: HandoverItem[] }>("/service/handover-items/open", { query: { department: d } }).then((r) => r.items);
/** New items plus every open item carried over. */
export const writeMemo = (input: WriteMemo) => request<HandoverMemo>("/service/handovers", { method: "POST", body: input });
export const acknowledge = (itemId: string) => request<HandoverItem>(`${item(itemId)}/acknowledge`, { method: "POST" });
export const done = (itemId: string, note?: string) => request<HandoverItem>(`${item(itemId)}/done`, { method: "POST", body: { note: note || undefined } });
/** A loss fines the person responsible by the escalation rule. */
export const drop = (itemId: string, input: DropItem) => request<HandoverItem>(`${item(itemId)}/drop`, { method: "POST", body: input });
