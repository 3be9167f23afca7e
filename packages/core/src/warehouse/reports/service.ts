import * as z from "zod";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { isConditionFailed, transaction } from "../../db";
import { conflict } from "../../error";
import { Settings } from "../../settings";
import { list as listBins } from "../bins/service";
import { CountEntity } from "../counts/entities";
import { ReceiptEntity } from "../receiving/entities";
import { openSupplierReturns } from "../receiving/inspection";
import { PickExceptionEntity, WaveEntity } from "../picking/entities";
import { ReshipmentEntity } from "../reshipment/entities";
import { ReturnAnomalyEntity } from "../returns/entities";
import { ofDay as returnsOfDay } from "../returns/service";
import { ofDay as registerOfDay } from "../register/service";
import { signer } from "../signer";
import { AdjustmentEntity } from "../stock/entities";
import { linesOfDay } from "../stock/service";
import { daysOfMonth } from "../time";
import { DailyCloseEntity } from "./entities";
import { byDocument, bySku, byType } from "./rules";

async function all<T>(query: { go: (o: { pages: "all" }) => Promise<{ data: T[] }> }) {
  return (await query.go({ pages: "all" })).data;
}

/**
 * Everything not yet finished, whatever day it started (日事日毕: the daily close shows what is
 * left): receipts not booked or not inspected/put away, failed goods not sent back, adjustments and
 * counts awaiting a supervisor, waves not picked, short picks and return anomalies customer service
 * has not closed, reshipments without a waybill.
 */
export async function openItems() {
  const [receiving, booked, supplierReturns, adjustments, counting, submitted, wavesOpen, wavesPicking, shortPicks, anomaliesOpen, anomaliesFollowing, reshipments] = await Promise.all([
    all(ReceiptEntity.query.byState({ state: "receiving" })),
    all(ReceiptEntity.query.byState({ state: "booked" })),
    openSupplierReturns(),
    all(AdjustmentEntity.query.byState({ state: "requested" })),
    all(CountEntity.query.byState({ state: "counting" })),
    all(CountEntity.query.byState({ state: "submitted" })),
    all(WaveEntity.query.byState({ state: "open" })),
    all(WaveEntity.query.byState({ state: "picking" })),
    all(PickExceptionEntity.query.byState({ state: "open" })),
    all(ReturnAnomalyEntity.query.byState({ state: "open" })),
    all(ReturnAnomalyEntity.query.byState({ state: "following" })),
    all(ReshipmentEntity.query.byState({ state: "requested" })),
  ]);
  const items = {
    receiptsNotBooked: receiving.map((r) => ({ receiptId: r.receiptId, supplier: r.supplier, createdAt: r.createdAt })),
    receiptsNotFinished: booked.map((r) => ({ receiptId: r.receiptId, supplier: r.supplier, linesToInspect: r.linesToInspect, awaitingPutaway: r.awaitingPutaway, openReturns: r.openReturns })),
    supplierReturnsNotSent: supplierReturns.map((r) => ({ receiptId: r.receiptId, skuId: r.skuId, qty: r.qty })),
    adjustmentsAwaitingApproval: adjustments.map((a) => ({ adjustmentId: a.adjustmentId, skuId: a.skuId, binCode: a.binCode, qty: a.qty })),
    countsNotApproved: [...counting, ...submitted].map((c) => ({ countId: c.countId, state: c.state, scope: `${c.scopeKind}:${c.scopeValue}` })),
    wavesNotPicked: [...wavesOpen, ...wavesPicking].map((w) => ({ waveId: w.waveId, state: w.state, parcels: w.parcelCount })),
    shortPicksOpen: shortPicks.map((x) => ({ exceptionId: x.exceptionId, waveId: x.waveId, skuId: x.skuId })),
    returnAnomaliesOpen: [...anomaliesOpen, ...anomaliesFollowing].map((a) => ({ anomalyId: a.anomalyId, returnId: a.returnId, kind: a.kind, state: a.state })),
    reshipmentsWithoutWaybill: reshipments.map((r) => ({ reshipmentId: r.reshipmentId, orderId: r.orderId })),
  };
  const count = Object.values(items).reduce((s, list) => s + list.length, 0);
  return { count, ...items };
}

/**
 * The daily report (日事日毕): the day's receipts, shipments, returns and every movement by type
 * (from the stock card, by shop day), the register, and anything left unbooked.
 */
export async function daily(day: string) {
  const [lines, returns, register, open, closed] = await Promise.all([
    linesOfDay(day),
    returnsOfDay(day),
    registerOfDay(day),
    openItems(),
    DailyCloseEntity.get({ day }).go({ consistent: true }),
  ]);
  return {
    day,
    movements: byType(lines),
    receipts: byDocument(lines, "receipt"),
    putaway: byDocument(lines, "putaway_in"),
    shipments: byDocument(lines, "issue"),
    supplierReturns: byDocument(lines, "supplier_return"),
    returns: {
      parcels: returns.length,
      pieces: returns.reduce((s, r) => s + r.items.reduce((t, i) => t + i.qty, 0), 0),
      byCondition: Object.fromEntries(
        (["good", "repairable", "irreparable"] as const).map((c) => [c, returns.reduce((s, r) => s + r.items.filter((i) => i.condition === c).reduce((t, i) => t + i.qty, 0), 0)]),
      ),
      anomalies: returns.reduce((s, r) => s + r.anomalies, 0),
    },
    register: { visits: register.filter((e) => e.kind === "visit").length, openingRound: register.some((e) => e.kind === "opening"), closingRound: register.some((e) => e.kind === "closing"), anomalies: register.reduce((s, e) => s + e.anomalies, 0) },
    open,
    closed: closed.data ? { closedBy: closed.data.closedBy, closedAt: closed.data.closedAt, openItems: closed.data.openItems, note: closed.data.note } : undefined,
  };
}

/** The supervisor closes the day: the report is kept as it stood, once per day. */
export async function closeDay(day: string, note?: string) {
  const report = await daily(day);
  const who = signer();
  const row = { day, report: JSON.stringify({ ...report, closed: undefined }), openItems: report.open.count, note, closedBy: who.by, closedAt: new Date().toISOString() };
  try {
    await transaction({ DailyCloseEntity, AuditEntity }, (e) => [
      e.DailyCloseEntity.create(row).commit(),
      e.AuditEntity.create(Audit.item({ action: "warehouse.daily-close", target: { type: "warehouse-day", id: day }, after: { openItems: report.open.count }, note })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("report.day-closed", `${day} is already closed`);
    throw error;
  }
  return { ...report, closed: { closedBy: row.closedBy, closedAt: row.closedAt, openItems: row.openItems, note } };
}

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * The monthly summary of every movement (日清月结), for the department head: totals by type and per
 * SKU, the counts approved in the month, and the zones whose last approved count is older than the
 * `warehouse.countAtLeastEveryMonths` setting allows (RULES.md §4: count at month end at least).
 */
export async function monthly(month: string) {
  const days = daysOfMonth(Month.parse(month));
  const lines = (await Promise.all(days.map((d) => linesOfDay(d)))).flat();
  const approved = await all(CountEntity.query.byState({ state: "approved" }));
  const { settings } = await Settings.get();
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const windowStart = new Date(Date.UTC(year, mon - settings.warehouse.countAtLeastEveryMonths, 1)).toISOString().slice(0, 7);
  const zones = new Set<string>();
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await listBins({ cursor, limit: 200 });
    page.items.filter((b) => b.active).forEach((b) => zones.add(b.zone));
    cursor = page.cursor ?? undefined;
  }
  const countedZones = new Set(
    approved.filter((c) => c.scopeKind === "zone" && c.approvedAt && c.approvedAt.slice(0, 7) > windowStart && c.approvedAt.slice(0, 7) <= month).map((c) => c.scopeValue),
  );
  return {
    month,
    movements: byType(lines),
    skus: bySku(lines),
    countsApproved: approved.filter((c) => c.approvedAt?.startsWith(month)).map((c) => ({ countId: c.countId, scope: `${c.scopeKind}:${c.scopeValue}`, approvedAt: c.approvedAt!, approvedBy: c.approvedBy })),
    zonesNotCounted: [...zones].filter((z) => !countedZones.has(z)).sort(),
  };
}
