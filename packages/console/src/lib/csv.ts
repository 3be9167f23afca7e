import type { Page } from "../api/types";

/**
 * CSV files for Excel users: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK),
 * CRLF line ends, RFC 4180 quoting. Long digit strings (order numbers, barcodes) are written as
 * ="…" so Excel keeps every digit, and a cell starting with = + - @ gets a quote so it never runs
 * as a formula.
 */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

const LONG_DIGITS = /^\d{12,}$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "1" : "0";
  if (LONG_DIGITS.test(value)) return `="${value}"`;
  const text = FORMULA_START.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Offers the text as a file download. */
export function downloadCsv(fileName: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Every page of a cursor list, up to `max` items: an export covers the whole filtered list, not
 * only what is loaded on screen. `truncated` says the cap was hit.
 */
export async function allPages<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>, max = 10_000) {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== null && items.length < max);
  return { items: items.slice(0, max), truncated: cursor !== null || items.length > max };
}
