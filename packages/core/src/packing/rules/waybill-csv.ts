/**
 * The e-waybill printing service's export (电子面单打印记录): one row per printed label, with the
 * order number(s), the waybill number and the carrier. Exports differ by service and version, so
 * headers are matched by meaning, not spelling, and cells are cleaned of what spreadsheets add.
 */

/** RFC 4180 CSV (quotes, doubled quotes, CRLF), or tab-separated when the header has tabs and no commas. */
export function parseDelimited(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === "") {
      quoted = true;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else {
      cell += ch;
    }
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

export type Column = "tid" | "waybill" | "carrier" | "parcel";

/** Header words by meaning; the first column whose header contains one of them wins. */
const HEADER_WORDS: Record<Column, readonly string[]> = {
  waybill: ["运单号", "快递单号", "物流单号", "面单号", "运单编号", "waybill", "trackingno", "tracking", "mailno"],
  parcel: ["包裹号", "包裹编号", "包裹码", "parcel"],
  tid: ["订单号", "订单编号", "交易号", "交易编号", "平台单号", "tid", "orderno", "orderid"],
  carrier: ["快递公司", "物流公司", "快递名称", "承运商", "快递", "物流", "carrier", "courier", "cpcode"],
};

const headerText = (cell: string) => cell.normalize("NFKC").replace(/[\s_\-()（）:：]/g, "").toLowerCase();

/**
 * Column positions from the header row. Waybill is matched first so that 快递单号 is not
 * mistaken for the carrier (快递) column.
 */
export function mapColumns(header: readonly string[]): Partial<Record<Column, number>> {
  const texts = header.map(headerText);
  const used = new Set<number>();
  const columns: Partial<Record<Column, number>> = {};
  for (const column of ["waybill", "parcel", "tid", "carrier"] as const) {
    const index = texts.findIndex((text, i) => !used.has(i) && HEADER_WORDS[column].some((word) => text.includes(word)));
    if (index >= 0) {
      columns[column] = index;
      used.add(index);
    }
  }
  return columns;
}

export type CellProblem = "spreadsheet-notation" | "not-an-order-number";

/**
 * Order numbers from one cell: several when labels were printed for merged orders
 * ("4234…,4234…"). Spreadsheets wrap long numbers as ="…", '…, or a leading tab to stop them
 * turning into 4.23457E+18 — which, once it happened, cannot be undone: such cells are refused.
 */
export function orderNumbers(cell: string): { tids: string[] } | { problem: CellProblem } {
  const text = cell.normalize("NFKC").trim();
  if (/^\d(?:\.\d+)?E\+?\d+$/i.test(text)) return { problem: "spreadsheet-notation" };
  const parts = text
    .split(/[,;，；、|\s]+/)
    .map((part) => part.replace(/^="?|"$|^'/g, "").trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0 || parts.some((part) => !/^\d{6,24}$/.test(part))) return { problem: "not-an-order-number" };
  return { tids: [...new Set(parts)] };
}

/** A cell cleaned of the spreadsheet wrappers above (for waybill, parcel and carrier cells). */
export function plainCell(cell: string | undefined): string {
  return (cell ?? "").normalize("NFKC").trim().replace(/^="?|"$|^'/g, "").trim();
}
