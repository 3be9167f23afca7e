import { request } from "./client";
import type { AuditEntry, Page } from "./types";

/** One of the three ways the log is indexed; the API takes exactly one. */
export type AuditFilter =
  | { by: "day"; day: string }
  | { by: "staff"; staffNo: string }
  | { by: "target"; targetType: string; targetId: string };

export function list(filter: AuditFilter, cursor?: string | null) {
  const query =
    filter.by === "day"
      ? { day: filter.day }
      : filter.by === "staff"
        ? { staffNo: filter.staffNo }
        : { targetType: filter.targetType, targetId: filter.targetId };
  return request<Page<AuditEntry>>("/audit", { query: { ...query, cursor } });
}
