/**
 * Shapes of the warehouse's returns, reshipments, counts, reports and register. The domain's
 * schemas are imported as types only; shapes only the route files name are written out as the
 * OpenAPI document describes them.
 */
import type { z } from "zod";
import type { Count, Register, Reshipment, Return } from "@dianwu/core/warehouse";

export type ReturnInfo = Return.Info;
export type ReturnItem = ReturnInfo["items"][number];
export type ItemCondition = ReturnItem["condition"];
export type PackageCondition = ReturnInfo["packageCondition"];
export type ReturnIntake = z.input<typeof Return.ReceiveInput>;
export type ReturnReceived = ReturnInfo & { anomalyIds: string[] };
export type ReturnAnomaly = z.infer<typeof Return.Anomaly>;
export type AnomalyKind = ReturnAnomaly["kind"];
export type AnomalyState = ReturnAnomaly["state"];
export type FollowUpInput = z.input<typeof Return.FollowUpInput>;

export type ReshipmentInfo = Reshipment.Info;
export type ReshipmentState = ReshipmentInfo["state"];
export type ReshipmentRequest = z.input<typeof Reshipment.RequestInput>;
export type ReshipmentShipped = z.input<typeof Reshipment.ShippedInput>;

export type CountSummary = Count.Summary;
export type CountState = CountSummary["state"];
export type CountScope = z.input<typeof Count.Scope>;
export type CountScopeKind = CountScope["kind"];
export type CountScanInput = z.input<typeof Count.ScanInput>;
/** A line of the blind sheet: what was counted, never the book. */
export type CountSheetLine = z.infer<typeof Count.SheetLine>;
export interface CountSheet {
  countId: string;
  scope: CountSummary["scope"];
  state: CountState;
  lineCount: number;
  createdAt: string;
  lines: CountSheetLine[];
}
export interface CountScanResult {
  duplicate: boolean;
  binCode: string;
  skuId: string;
  counted: number;
  damaged: number;
}
export type CountReportLine = z.infer<typeof Count.ReportLine>;
export type VarianceKind = CountReportLine["kinds"][number];
export interface CountReport extends CountSummary {
  lines: CountReportLine[];
  totals: { surplus: number; shortage: number; damaged: number; linesWithVariance: number; missingReasons: number };
}

export type MovementTotals = Record<string, { lines: number; pieces: number }>;
export type DocumentPieces = { documentId: string; pieces: number }[];
export type OpenItem = Record<string, string | number>;
export const OPEN_ITEM_KINDS = [
  "receiptsNotBooked",
  "receiptsNotFinished",
  "supplierReturnsNotSent",
  "adjustmentsAwaitingApproval",
  "countsNotApproved",
  "wavesNotPicked",
  "shortPicksOpen",
  "returnAnomaliesOpen",
  "reshipmentsWithoutWaybill",
] as const;
export type OpenItemKind = (typeof OPEN_ITEM_KINDS)[number];
export type OpenItems = { count: number } & Record<OpenItemKind, OpenItem[]>;
export interface DailyReport {
  day: string;
  movements: MovementTotals;
  receipts: DocumentPieces;
  putaway: DocumentPieces;
  shipments: DocumentPieces;
  supplierReturns: DocumentPieces;
  returns: { parcels: number; pieces: number; byCondition: Record<string, number>; anomalies: number };
  register: { visits: number; openingRound: boolean; closingRound: boolean; anomalies: number };
  open: OpenItems;
  closed?: { closedBy: string; closedAt: string; openItems: number; note?: string };
}
export interface MonthlySku {
  skuId: string;
  in: number;
  out: number;
  net: number;
  types: Record<string, number>;
}
export interface MonthlyReport {
  month: string;
  movements: MovementTotals;
  skus: MonthlySku[];
  countsApproved: { countId: string; scope: string; approvedAt: string; approvedBy?: string }[];
  zonesNotCounted: string[];
}

export type RegisterEntry = Register.Entry;
export type VisitInput = z.input<typeof Register.VisitInput>;
export type CheckInput = z.input<typeof Register.CheckInput>;
export type CheckPoint = (typeof Register.CHECK_POINTS)[number];
