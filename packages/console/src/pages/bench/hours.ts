import type { ByHour } from "../../api/bench";

/**
 * The hour columns of the activity tables: from the earliest to the latest hour anyone packed in
 * (no gaps, so a quiet hour shows as a zero), or none on a day without packing.
 */
export function hourRange(rows: readonly { byHour: ByHour }[]): string[] {
  const hours = rows.flatMap((row) => Object.keys(row.byHour).filter((h) => (row.byHour[h] ?? 0) > 0)).map(Number);
  if (hours.length === 0) return [];
  const first = Math.min(...hours);
  const last = Math.max(...hours);
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i).padStart(2, "0"));
}

/** Packed per hour summed over the rows, for the table's total line. */
export function totalsByHour(rows: readonly { byHour: ByHour }[]): ByHour {
  const totals: ByHour = {};
  for (const row of rows) for (const [hour, n] of Object.entries(row.byHour)) totals[hour] = (totals[hour] ?? 0) + n;
  return totals;
}
