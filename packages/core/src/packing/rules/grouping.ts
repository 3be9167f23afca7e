import { addressKey, type Receiver } from "./address";

/**
 * Order-to-parcel matching (合单), as pure functions. The batch form (`groupOrders`) is a fold of
 * the one-order step (`assignOrder`) that the matching service runs per paid order against the
 * open parcels it reads from the table, so the two cannot disagree: what the benchmark measures
 * and what the property tests prove is the service's own rule.
 */

export interface OrderLine {
  oid: string;
  /** The shop platform's outer_sku_id, which is our SKU code. */
  sku: string;
  quantity: number;
  title?: string;
  skuProperties?: string;
}

export interface OrderToMatch {
  tid: string;
  buyerNick: string;
  receiver: Receiver;
  lines: OrderLine[];
  sellerMemo?: string;
  sellerFlag?: number;
  /** The order itself says "ship on its own" (set by the orders area or an import). */
  noMerge?: boolean;
}

export interface MatchOptions {
  /** orders.mergeParcels: merge paid orders of one buyer to one address. */
  merge: boolean;
  /** orders.splitUnavailableLines: what stock cannot serve now goes to a later parcel. */
  splitUnavailable: boolean;
  /** A seller memo containing one of these keeps the order in a parcel of its own. */
  noMergeMarkers: readonly string[];
  /** Seller flags (0–5) that keep the order in a parcel of its own. */
  noMergeFlags: readonly number[];
}

export interface ParcelLine extends OrderLine {
  tid: string;
}

/** A parcel as matching sees it: which slot it fills, whose it is, and what goes in it. */
export interface ParcelPlan {
  /** mergeKey + which part: the ready parcel or the later one waiting for stock. */
  slot: string;
  mergeKey: string;
  buyerNick: string;
  addressKey: string;
  receiver: Receiver;
  awaitingStock: boolean;
  tids: string[];
  lines: ParcelLine[];
}

/** Units still available per SKU while a batch is matched (first paid, first served). */
export type Availability = (sku: string) => number;

export function keepsOwnParcel(order: OrderToMatch, options: MatchOptions): boolean {
  if (!options.merge || order.noMerge) return true;
  if (order.sellerFlag !== undefined && options.noMergeFlags.includes(order.sellerFlag)) return true;
  const memo = order.sellerMemo ?? "";
  return options.noMergeMarkers.some((marker) => marker.length > 0 && memo.includes(marker));
}

/** Orders with the same merge key share a parcel; an order that keeps its own gets a key of its own. */
export function mergeKeyOf(order: OrderToMatch, options: MatchOptions, key = addressKey(order.receiver)): string {
  return keepsOwnParcel(order, options) ? `own|${order.tid}` : `buyer|${order.buyerNick}|${key}`;
}

export const slotOf = (mergeKey: string, awaitingStock: boolean) => `${mergeKey}#${awaitingStock ? "later" : "ready"}`;

/**
 * Splits an order's lines into what stock can serve now and what must wait. A line short of
 * stock is split by quantity (2 of 3 now, 1 later), so every unit ships as soon as it can.
 * With splitting off, everything stays together in the ready part.
 */
export function splitByStock(
  order: OrderToMatch,
  available: Availability,
  splitUnavailable: boolean,
): { ready: ParcelLine[]; later: ParcelLine[] } {
  const ready: ParcelLine[] = [];
  const later: ParcelLine[] = [];
  for (const line of order.lines) {
    if (line.quantity <= 0) continue;
    // Orders have a handful of lines: scanning what this order already took beats a map.
    let takenHere = 0;
    for (const r of ready) if (r.sku === line.sku) takenHere += r.quantity;
    const left = Math.max(0, available(line.sku) - takenHere);
    const now = splitUnavailable ? Math.min(left, line.quantity) : line.quantity;
    if (now > 0) ready.push({ ...line, tid: order.tid, quantity: now });
    if (line.quantity - now > 0) later.push({ ...line, tid: order.tid, quantity: line.quantity - now });
  }
  return { ready, later };
}

/** Lines added to a parcel; a unit more of a line already there raises its quantity instead of repeating it. */
export function addLines(existing: readonly ParcelLine[], added: readonly ParcelLine[]): ParcelLine[] {
  const lines = [...existing];
  for (const line of added) {
    const at = lines.findIndex((l) => l.tid === line.tid && l.oid === line.oid);
    if (at >= 0) lines[at] = { ...lines[at]!, quantity: lines[at]!.quantity + line.quantity };
    else lines.push(line);
  }
  return lines;
}

export interface Assignment {
  /** Parcels created or extended by this order, as they are after it. */
  parcels: ParcelPlan[];
  /** The lines that take stock now (the ready part). */
  served: ParcelLine[];
}

/**
 * One paid order against the parcels still open for merging (`open`, by slot). Returns the
 * parcels it creates or extends; `open` is not modified.
 */
export function assignOrder(
  open: ReadonlyMap<string, ParcelPlan>,
  order: OrderToMatch,
  options: MatchOptions,
  available: Availability,
): Assignment {
  const key = addressKey(order.receiver);
  const mergeKey = mergeKeyOf(order, options, key);
  const { ready, later } = splitByStock(order, available, options.splitUnavailable);
  const parcels: ParcelPlan[] = [];
  if (ready.length > 0) parcels.push(place(open, order, mergeKey, key, false, ready));
  if (later.length > 0) parcels.push(place(open, order, mergeKey, key, true, later));
  return { parcels, served: ready };
}

/** The order's lines in the slot's open parcel, or in a new parcel for the slot. */
function place(
  open: ReadonlyMap<string, ParcelPlan>,
  order: OrderToMatch,
  mergeKey: string,
  key: string,
  awaitingStock: boolean,
  lines: ParcelLine[],
): ParcelPlan {
  const slot = slotOf(mergeKey, awaitingStock);
  const existing = open.get(slot);
  if (existing) {
    const tids = existing.tids.includes(order.tid) ? existing.tids : [...existing.tids, order.tid];
    return { ...existing, tids, lines: addLines(existing.lines, lines) };
  }
  return { slot, mergeKey, buyerNick: order.buyerNick, addressKey: key, receiver: order.receiver, awaitingStock, tids: [order.tid], lines };
}

/**
 * Paid, unshipped orders grouped into parcels, in the order given (payment order: the first to
 * pay is the first to get scarce stock). `available` is asked once per SKU for the stock at the
 * start; what earlier orders take is subtracted as the fold goes.
 *
 * This is the fold of `assignOrder` over the orders (a property test holds the two equal), written
 * with parcels it owns and may grow in place, because copying a parcel per order is what made the
 * straight fold slow on a Singles' Day batch.
 */
export function groupOrders(orders: readonly OrderToMatch[], options: MatchOptions, available: Availability): ParcelPlan[] {
  const open = new Map<string, ParcelPlan>();
  const remaining = new Map<string, number>();
  const left = (sku: string) => {
    let units = remaining.get(sku);
    if (units === undefined) {
      units = available(sku);
      remaining.set(sku, units);
    }
    return units;
  };
  for (const order of orders) {
    const key = addressKey(order.receiver);
    const mergeKey = mergeKeyOf(order, options, key);
    const { ready, later } = splitByStock(order, left, options.splitUnavailable);
    for (const line of ready) remaining.set(line.sku, left(line.sku) - line.quantity);
    if (ready.length > 0) grow(open, order, mergeKey, key, false, ready);
    if (later.length > 0) grow(open, order, mergeKey, key, true, later);
  }
  return [...open.values()];
}

function grow(open: Map<string, ParcelPlan>, order: OrderToMatch, mergeKey: string, key: string, awaitingStock: boolean, lines: ParcelLine[]) {
  const slot = slotOf(mergeKey, awaitingStock);
  const existing = open.get(slot);
  if (!existing) {
    open.set(slot, { slot, mergeKey, buyerNick: order.buyerNick, addressKey: key, receiver: order.receiver, awaitingStock, tids: [order.tid], lines });
  } else if (existing.tids.includes(order.tid)) {
    existing.lines = addLines(existing.lines, lines);
  } else {
    existing.tids.push(order.tid);
    existing.lines.push(...lines);
  }
}
