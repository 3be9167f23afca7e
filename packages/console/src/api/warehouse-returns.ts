/** Returns (退货) taken in, their anomalies for customer service, and reshipments (补发). */
import { request } from "./client";
import type { Page } from "./types";
import type {
  AnomalyState,
  FollowUpInput,
  ReshipmentInfo,
  ReshipmentRequest,
  ReshipmentShipped,
  ReshipmentState,
  ReturnAnomaly,
  ReturnInfo,
  ReturnIntake,
  ReturnReceived,
} from "./warehouse-ops-types";

const id = (value: string) => encodeURIComponent(value);

/** The returns taken in on a shop day. */
export const ofDay = (day: string) => request<{ items: ReturnInfo[] }>("/warehouse/returns", { query: { day } }).then((r) => r.items);
/** The return under a waybill or an order, if one was taken in. */
export const byKey = (key: { waybillNo?: string; orderId?: string }) =>
  request<{ items: ReturnInfo[] }>("/warehouse/returns", { query: key }).then((r) => r.items[0]);
export const get = (returnId: string) => request<ReturnInfo>(`/warehouse/returns/${id(returnId)}`);
/** 409 when the waybill (or order) was already taken in. */
export const receive = (input: ReturnIntake) => request<ReturnReceived>("/warehouse/returns", { method: "POST", body: input });

export const anomalies = (state: AnomalyState, cursor?: string | null) =>
  request<Page<ReturnAnomaly>>("/warehouse/return-anomalies", { query: { state, cursor } });
/** Every anomaly of one return, whatever its state. */
export const anomaliesOfReturn = (returnId: string) =>
  request<{ items: ReturnAnomaly[] }>(`/warehouse/returns/${id(returnId)}/anomalies`).then((r) => r.items);
export const followUp = (anomalyId: string, input: FollowUpInput) =>
  request<ReturnAnomaly>(`/warehouse/return-anomalies/${id(anomalyId)}/follow-ups`, { method: "POST", body: input });

export const reshipments = (state: ReshipmentState, cursor?: string | null) =>
  request<Page<ReshipmentInfo>>("/warehouse/reshipments", { query: { state, cursor } });
export const reshipmentsOfOrder = (orderId: string) =>
  request<Page<ReshipmentInfo>>("/warehouse/reshipments", { query: { orderId } }).then((r) => r.items);
export const reshipment = (reshipmentId: string) => request<ReshipmentInfo>(`/warehouse/reshipments/${id(reshipmentId)}`);
export const requestReshipment = (input: ReshipmentRequest) => request<ReshipmentInfo>("/warehouse/reshipments", { method: "POST", body: input });
export const markShipped = (reshipmentId: string, input: ReshipmentShipped) =>
  request<ReshipmentInfo>(`/warehouse/reshipments/${id(reshipmentId)}/shipped`, { method: "POST", body: input });
export const cancelReshipment = (reshipmentId: string, reason: string) =>
  request<ReshipmentInfo>(`/warehouse/reshipments/${id(reshipmentId)}/cancel`, { method: "POST", body: { reason } });
