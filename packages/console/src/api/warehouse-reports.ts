/** The daily close (日事日毕) and the monthly summary of every movement (日清月结). */
import { request } from "./client";
import type { DailyReport, MonthlyReport } from "./warehouse-ops-types";

export const daily = (day: string) => request<DailyReport>(`/warehouse/reports/daily/${encodeURIComponent(day)}`);
/** Once per day; 409 when already closed. */
export const closeDay = (day: string, note?: string) =>
  request<DailyReport>(`/warehouse/reports/daily/${encodeURIComponent(day)}/close`, { method: "POST", body: { note: note?.trim() || undefined } });
export const monthly = (month: string) => request<MonthlyReport>(`/warehouse/reports/monthly/${encodeURIComponent(month)}`);
