import type { CsvValue } from "../../../lib/csv";
import { OPEN_ITEM_KINDS, type DailyReport, type MovementTotals, type OpenItem, type OpenItemKind } from "../../../api/warehouse-ops-types";
import type { MovementType } from "../../../api/warehouse-types";
import { MOVEMENT_TYPES } from "../labels";

/*
 * Pure shaping of the daily close (日事日毕) and the monthly summary (日清月结) for the screen and
 * the CSV: rows in the order a person reads a stock card, open items flattened to one line each.
 */

export interface MovementRow {
  type: string;
  known: boolean;
  lines: number;
  pieces: number;
}

/** Movement totals in the usual order of types; types the console does not know come last. */
export function movementRows(totals: MovementTotals): MovementRow[] {
  const known = MOVEMENT_TYPES.filter((t) => totals[t]).map((t) => ({ type: t as string, known: true, ...totals[t]! }));
  const other = Object.keys(totals)
    .filter((t) => !(MOVEMENT_TYPES as readonly string[]).includes(t))
    .sort()
    .map((t) => ({ type: t, known: false, ...totals[t]! }));
  return [...known, ...other];
}

export const isMovementType = (type: string): type is MovementType => (MOVEMENT_TYPES as readonly string[]).includes(type);

/** The id that names an open item (its document), and the rest of its facts as "key value". */
const ID_KEYS = ["receiptId", "adjustmentId", "countId", "waveId", "exceptionId", "anomalyId", "reshipmentId"];
export function openItemRows(open: DailyReport["open"]): { kind: OpenItemKind; id: string; facts: string }[] {
  return OPEN_ITEM_KINDS.flatMap((kind) =>
    (open[kind] ?? []).map((item: OpenItem) => {
      const idKey = ID_KEYS.find((k) => item[k] !== undefined);
      const facts = Object.entries(item)
        .filter(([k, v]) => k !== idKey && v !== undefined && v !== "")
        .map(([k, v]) => `${k} ${v}`)
        .join(" · ");
      return { kind, id: idKey ? String(item[idKey]) : "", facts };
    }),
  );
}

/** Where an open item is dealt with in the console, when it has a screen. */
export function openItemHref(kind: OpenItemKind, id: string): string | undefined {
  switch (kind) {
    case "receiptsNotBooked":
    case "receiptsNotFinished":
    case "supplierReturnsNotSent":
      return id ? `/warehouse/receipts/${id}` : undefined;
    case "adjustmentsAwaitingApproval":
      return "/warehouse/adjustments";
    case "countsNotApproved":
      return `/warehouse/counts/${id}`;
    case "wavesNotPicked":
      return `/warehouse/waves/${id}`;
    case "shortPicksOpen":
      return "/warehouse/pick-exceptions";
    case "returnAnomaliesOpen":
      return "/warehouse/return-anomalies";
    case "reshipmentsWithoutWaybill":
      return `/warehouse/reshipments/${id}`;
  }
}

/** Words the CSV needs, given by the page (so this file stays free of the dictionary). */
export interface DailyCsvWords {
  section: (name: "movements" | "receipts" | "putaway" | "shipments" | "supplierReturns" | "returns" | "register" | "open" | "closed") => string;
  movement: (type: string) => string;
  openKind: (kind: OpenItemKind) => string;
  condition: (condition: string) => string;
  register: (fact: "visits" | "openingRound" | "closingRound" | "anomalies") => string;
  returns: (fact: "parcels" | "pieces" | "anomalies") => string;
  yesNo: (value: boolean) => string;
}

/** The whole daily report as rows of section, item, lines, pieces, detail (one CSV, every part). */
export function dailyCsvRows(report: DailyReport, w: DailyCsvWords): CsvValue[][] {
  const rows: CsvValue[][] = [];
  for (const m of movementRows(report.movements)) rows.push([w.section("movements"), w.movement(m.type), m.lines, m.pieces, ""]);
  for (const part of ["receipts", "putaway", "shipments", "supplierReturns"] as const) {
    for (const d of report[part]) rows.push([w.section(part), d.documentId, "", d.pieces, ""]);
  }
  rows.push([w.section("returns"), w.returns("parcels"), report.returns.parcels, report.returns.pieces, ""]);
  for (const [condition, pieces] of Object.entries(report.returns.byCondition)) rows.push([w.section("returns"), w.condition(condition), "", pieces, ""]);
  rows.push([w.section("returns"), w.returns("anomalies"), report.returns.anomalies, "", ""]);
  rows.push([w.section("register"), w.register("visits"), report.register.visits, "", ""]);
  rows.push([w.section("register"), w.register("openingRound"), "", "", w.yesNo(report.register.openingRound)]);
  rows.push([w.section("register"), w.register("closingRound"), "", "", w.yesNo(report.register.closingRound)]);
  rows.push([w.section("register"), w.register("anomalies"), report.register.anomalies, "", ""]);
  for (const o of openItemRows(report.open)) rows.push([w.section("open"), w.openKind(o.kind), o.id, "", o.facts]);
  if (report.closed) rows.push([w.section("closed"), report.closed.closedBy, report.closed.openItems, "", `${report.closed.closedAt} ${report.closed.note ?? ""}`.trim()]);
  return rows;
}

/** YYYY-MM-DD one day before or after (calendar arithmetic, no time zone involved). */
export function shiftDay(day: string, by: number) {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + by)).toISOString().slice(0, 10);
}

/** YYYY-MM one month before or after. */
export function shiftMonth(month: string, by: number) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
}

export const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
