import type { EntityItem } from "electrodb";
import { notFound } from "../../error";
import { isSellable } from "../bins/rules";
import { StockBalanceEntity, StockCardEntity } from "./entities";
import { verifyCard } from "./rules";
import type { BinKind } from "../bins/rules";
import { compareSkus } from "../catalogue/rules";
import { byOuterId, manyById } from "../catalogue/service";
import { lowList } from "./low-stock";

export { move, type Movement, type TransactItem } from "./movements";
export { reserve, release, issue, issueItems, reservations, ReserveInput } from "./reservations";
export { opening, OpeningInput, transfer, TransferInput, requestAdjustment, decideAdjustment, adjustment, adjustments, AdjustmentRequest, Adjustment } from "./adjustments";
export { lowList, recheckLowStock, sellableAvailable } from "./low-stock";
export { MOVEMENT_TYPES, type MovementType } from "./rules";

const presentBalance = (b: EntityItem<typeof StockBalanceEntity>) => ({
  skuId: b.skuId,
  binCode: b.binCode,
  binKind: b.binKind,
  onHand: b.onHand,
  reserved: b.reserved,
  available: b.available,
  cardLines: b.cardSeq,
  updatedAt: b.updatedAt,
});
export type BalanceInfo = ReturnType<typeof presentBalance>;

const presentLine = (l: EntityItem<typeof StockCardEntity>) => ({
  seq: l.seq,
  type: l.type,
  qty: l.qty,
  balanceAfter: l.balanceAfter,
  document: { type: l.documentType, id: l.documentId, line: l.documentLine },
  signedBy: l.signedBy,
  deviceId: l.deviceId,
  note: l.note,
  at: l.at,
  day: l.day,
  skuId: l.skuId,
  binCode: l.binCode,
});
export type CardLineInfo = ReturnType<typeof presentLine>;

/** Where a SKU is and how much is free: every bin, plus the sellable total (one query). */
export async function forSku(skuId: string) {
  const result = await StockBalanceEntity.query.bySku({ skuId }).go({ consistent: true, pages: "all" });
  const bins = result.data.map(presentBalance);
  const sellable = bins.filter((b) => isSellable(b.binKind));
  return {
    skuId,
    bins,
    onHand: bins.reduce((s, b) => s + b.onHand, 0),
    sellableOnHand: sellable.reduce((s, b) => s + b.onHand, 0),
    reserved: sellable.reduce((s, b) => s + b.reserved, 0),
    available: sellable.reduce((s, b) => s + b.available, 0),
  };
}

/**
 * Availability for allocation: for each SKU, what can still be reserved (sellable bins only).
 * One query per SKU, run in parallel.
 */
export async function availability(skuIds: readonly string[]): Promise<Map<string, number>> {
  const entries = await Promise.all([...new Set(skuIds)].map(async (skuId) => [skuId, (await forSku(skuId)).available] as const));
  return new Map(entries);
}

/**
 * Availability keyed by the shop platform's SKU code (outer_sku_id), the key order lines carry: the
 * lookup the parcels area installs for matching (`setStockAvailability`). Codes no SKU has are
 * left out (the caller counts them as none).
 */
export async function availabilityByOuterId(outerSkuIds: readonly string[]): Promise<Map<string, number>> {
  const pairs = await Promise.all([...new Set(outerSkuIds)].map(async (outer) => [outer, await byOuterId(outer)] as const));
  const known = pairs.filter((p): p is readonly [string, string] => p[1] !== undefined);
  const bySku = await availability(known.map(([, skuId]) => skuId));
  return new Map(known.map(([outer, skuId]) => [outer, bySku.get(skuId) ?? 0]));
}

export async function balance(skuId: string, binCode: string) {
  const result = await StockBalanceEntity.get({ skuId, binCode }).go({ consistent: true });
  return result.data ? presentBalance(result.data) : undefined;
}

/** Balances in a zone (optionally one bin of it) or of a bin kind, in bin order. */
export async function list(input: { zone?: string; binCode?: string; binKind?: BinKind; cursor?: string; limit?: number }) {
  const page = { cursor: input.cursor ?? null, limit: input.limit ?? 100 };
  const result = input.binKind
    ? await StockBalanceEntity.query.byKind({ binKind: input.binKind }).go(page)
    : input.binCode
      ? await StockBalanceEntity.query.byZone({ zone: input.binCode.split("-")[0]! }).begins({ binCode: input.binCode }).go(page)
      : await StockBalanceEntity.query.byZone({ zone: input.zone ?? "A" }).go(page);
  return { items: result.data.map(presentBalance), cursor: result.cursor };
}

/** All balances in a zone, unpaged (a count sheet, a report). */
export async function inZone(zone: string) {
  const result = await StockBalanceEntity.query.byZone({ zone }).go({ pages: "all" });
  return result.data.map(presentBalance);
}

export async function ofKind(binKind: BinKind) {
  const result = await StockBalanceEntity.query.byKind({ binKind }).go({ pages: "all" });
  return result.data.map(presentBalance);
}

/** The stock card of a SKU in a bin, newest line first. */
export async function card(skuId: string, binCode: string, page: { cursor?: string; limit?: number } = {}) {
  const result = await StockCardEntity.query.byCard({ skuId, binCode }).go({ order: "desc", cursor: page.cursor ?? null, limit: page.limit ?? 50 });
  return { items: result.data.map(presentLine), cursor: result.cursor };
}

/** Card lines of one day (shop time), oldest first: the daily close and the monthly summary. */
export async function linesOfDay(day: string) {
  const result = await StockCardEntity.query.byDay({ day }).go({ pages: "all" });
  return result.data.map(presentLine);
}

/** Card lines booked under one document (a receipt, a transfer, a parcel). */
export async function linesOfDocument(documentType: string, documentId: string) {
  const result = await StockCardEntity.query.byDocument({ documentType, documentId }).go({ pages: "all" });
  return result.data.map(presentLine);
}

/**
 * The proof that card and balance agree for one SKU in one bin (账卡一致): reads the balance and
 * every card line and checks sequence, running sum, balance-after and non-negativity.
 */
export async function check(skuId: string, binCode: string) {
  const row = await StockBalanceEntity.get({ skuId, binCode }).go({ consistent: true });
  if (!row.data) throw notFound("stock.no-card", `SKU ${skuId} has never been in bin ${binCode}`);
  const lines = await StockCardEntity.query.byCard({ skuId, binCode }).go({ consistent: true, pages: "all" });
  const result = verifyCard(lines.data, row.data);
  return { skuId, binCode, onHand: row.data.onHand, reserved: row.data.reserved, available: row.data.available, ...result };
}

/** The reorder list (补货): SKUs at or below their reorder point, in catalogue order, with the SKU. */
export async function reorderList() {
  const low = await lowList();
  const skus = await manyById(low.map((l) => l.skuId));
  return low
    .filter((l) => skus.has(l.skuId))
    .map((l) => {
      const { styleCode, colour, size, name } = skus.get(l.skuId)!;
      return { skuId: l.skuId, styleCode, colour, size, name, available: l.available, reorderPoint: l.reorderPoint, since: l.since };
    })
    .sort(compareSkus);
}
