/**
 * CSV for the console's exports: UTF-8 with a byte-order mark (Excel otherwise reads Chinese as
 * mojibake), CRLF line ends, RFC 4180 quoting, and a leading apostrophe on cells that a
 * spreadsheet would run as a formula (=, +, -, @), so an exported customer name cannot execute.
 */
export type CsvValue = string | number | boolean | null | undefined;

const BOM = "\uFEFF";

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
