import type { Page } from "../../api/types";

/**
 * CSV for Excel users: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK
 * garbage), CRLF line ends, RFC 4180 quoting. Two spreadsheet traps are defused: platform order
 * numbers (19 digits) would be shown as 4.19E+18 and rounded, so long digit strings are written
 * as ="…" text formulas; and cells starting with = + - @ would run as formulas, so they get a quote.
 */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

const LONG_DIGITS = /^\d{12,}$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "1" : "0";
  if (LONG_DIGITS.test(value)) return `="${value}"`;
  const text = FORMULA_START.test(value) ? `'${value}` : value;
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
 * just what happens to be loaded on screen. `truncated` says the cap was hit.
 */
export async function collectPages<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>, max = 10_000) {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== null && items.length < max);
  return { items: items.slice(0, max), truncated: cursor !== null || items.length > max };
}
