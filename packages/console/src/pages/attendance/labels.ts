import type { DayFlag, DayStatus } from "../../api/attendance-types";

export const STATUSES: readonly DayStatus[] = ["on-time", "in-progress", "irregular", "absent", "upcoming", "leave", "rest", "rest-worked"];
export const FLAGS: readonly DayFlag[] = ["late", "early-leave", "missing-punch", "absent", "absent-segment", "stray-punch", "not-in-yet"];

/** Statuses that need a look (the board puts them first and colours them). */
export const NEEDS_LOOK: ReadonlySet<DayStatus> = new Set(["irregular", "absent"]);

/** 95 minutes → "1:35". */
export const hoursMinutes = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;

/** The month after YYYY-MM, and before. */
export function shiftMonth(month: string, by: number) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** 1 (Monday) … 7 (Sunday) of a YYYY-MM-DD: the calendar day, no time zone involved. */
export function weekdayOf(day: string) {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

export function daysOfMonth(month: string) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`);
}
