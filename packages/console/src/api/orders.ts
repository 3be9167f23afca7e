/**
 * The orders API: lists, the unpaid chase list, intercepts, one order in detail, and the staff
 * actions on an order. Shapes come from the domain as types only; the route-level ones (chase
 * rows, intercept rows, the detail document) are spelled out as the routes declare them.
 */
import type { Order } from "@dianwu/core/orders";
import { request } from "./client";
import type { AuditEntry, Page } from "./types";

export type OrderSummary = Order.Summary;
export type OrderInfo = Order.Info;
/** The domain's statuses (its schema types them as plain strings): the platform's, with our warehouse steps between paid and shipped. */
export type OrderStatus =
  | "WAIT_BUYER_PAY"
  | "WAIT_SELLER_SEND_GOODS"
  | "allocated"
  | "picking"
  | "packed"
  | "handed_to_carrier"
  | "WAIT_BUYER_CONFIRM_GOODS"
  | "TRADE_FINISHED"
  | "TRADE_CLOSED"
  | "TRADE_CLOSED_BY_TAOBAO";
export type FlagName = OrderSummary["flagName"];
export type OrderLine = OrderInfo["lines"][number];
export type ChaseResult = "no_answer" | "will_pay" | "declined" | "paid" | "other";
/** `order-closed`: the order closed while intercepted (shown on the order; the list is by the four others). */
export type InterceptState = "open" | "released" | "too-late" | "not-needed" | "order-closed";
export type InterceptReason = "refund" | "address-changed";

export interface ChaseRecord {
  id: string;
  at: string;
  by: string;
  result: string;
  note?: string;
}

export interface ChaseItem extends OrderSummary {
  chase: { deadline: string; secondsLeft: number; due: boolean; count: number; last?: ChaseRecord };
}

export interface InterceptItem {
  tid: string;
  interceptId: string;
  reason: InterceptReason;
  at: string;
  state: InterceptState;
  buyerNick?: string;
  receiverName?: string;
  releasedAt?: string;
  releasedBy?: string;
  note?: string;
}

export interface OrderMessage {
  messageId: string;
  at: string;
  topic: string;
  source: string;
  actor?: string;
  statusAfter: string;
  summary: string;
  appliedAt: string;
}

export interface OrderDetail {
  order: OrderInfo;
  /** Oldest first. */
  messages: OrderMessage[];
  /** Newest first; the target is always this order. */
  audit: Omit<AuditEntry, "targetType" | "targetId">[];
}

export interface OrderFilter {
  status?: OrderStatus;
  flag?: number;
  intercepted?: boolean;
  unpaidDue?: boolean;
  /** YYYY-MM, shop time; used when no status is chosen. */
  month?: string;
  buyerNick?: string;
}

const at = (tid: string) => `/orders/${encodeURIComponent(tid)}`;

export const list = (filter: OrderFilter, cursor?: string | null, limit?: number) =>
  request<Page<OrderSummary>>("/orders", { query: { ...filter, cursor, limit } });
export const unpaid = (cursor?: string | null) => request<Page<ChaseItem>>("/orders/unpaid", { query: { cursor } });
export const intercepts = (state: InterceptState, cursor?: string | null) =>
  request<Page<InterceptItem>>("/orders/intercepts", { query: { state, cursor } });
export const detail = (tid: string) => request<OrderDetail>(at(tid));

export const recordChase = (tid: string, input: { result: ChaseResult; note?: string }) =>
  request<OrderInfo>(`${at(tid)}/chases`, { method: "POST", body: input });
/** Releases every open intercept of the order, or the ones named; `note` says why (required). */
export const release = (tid: string, input: { note: string; interceptIds?: string[] }) =>
  request<OrderInfo>(`${at(tid)}/intercepts/release`, { method: "POST", body: input });
export const markRead = (tid: string) => request<OrderInfo>(`${at(tid)}/read`, { method: "POST" });
