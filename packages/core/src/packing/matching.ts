import { createHash } from "node:crypto";
import type * as z from "zod";
import type { EntityItem } from "electrodb";
import { Bus } from "../bus";
import { Settings } from "../settings";
import type { Settings as SettingsDocument } from "../settings/schema";
import { MergeSlotEntity, OrderParcelsEntity } from "./entities";
import { Events, OrderForParcels } from "./events";
import { retryOnConflict } from "./retry";
import { addressKey } from "./rules/address";
import { assignOrder, mergeKeyOf, slotOf, type MatchOptions, type OrderLine, type OrderToMatch, type ParcelPlan } from "./rules/grouping";
import { reconcileOrder } from "./rules/reconcile";
import { addIntercept, isMergeTarget } from "./rules/state";
import { commit } from "./service";
import { availableFor } from "./stock";
import { auditWrite, load, loadMany, newParcelId, revise, writeItems, type Info, type Write } from "./store";

/**
 * Order-to-parcel matching as the orders area's events drive it. Every order event is handled the
 * same way: bring the order's parcels in line with what the order now wants shipped (nothing, if
 * it closed), then match whatever is not in a parcel yet against the open merge slots — which for
 * a newly paid order is all of it. The decisions are the pure rules' (reconcileOrder, assignOrder);
 * this file reads their inputs and writes their outputs in one version-checked transaction.
 */

export type Outcome = "matched" | "unchanged" | "stale" | "finished" | "not-paid" | "no-receiver";

const UNPAID = new Set(["WAIT_BUYER_PAY", "TRADE_NO_CREATE_PAY", "PAY_PENDING", "WAIT_PRE_AUTH_CONFIRM"]);
const CLOSED = new Set(["TRADE_CLOSED", "TRADE_CLOSED_BY_TAOBAO"]);
/**
 * Shipped on the platform. Parcels are not emptied for it: a trade marked shipped while a later
 * parcel still waits for stock is a decision for people, not for matching.
 */
const SHIPPED = new Set(["WAIT_BUYER_CONFIRM_GOODS", "TRADE_BUYER_SIGNED", "TRADE_FINISHED"]);

type Track = EntityItem<typeof OrderParcelsEntity>;

export function optionsFrom(settings: SettingsDocument): MatchOptions {
  return {
    merge: settings.orders.mergeParcels,
    splitUnavailable: settings.orders.splitUnavailableLines,
    noMergeMarkers: settings.parcels.noMergeMemoMarkers,
    noMergeFlags: settings.parcels.noMergeFlags,
  };
}

const slotHash = (slot: string) => createHash("sha256").update(slot).digest("hex").slice(0, 40);

/** The lines the order wants shipped now: refunded lines count zero, a closed order wants nothing. */
function wantedLines(order: OrderForParcels, closed: boolean): OrderLine[] {
  return order.lines.map((line) => ({
    oid: line.oid,
    sku: line.outerSkuId ?? "",
    quantity: closed || line.refundStatus === "SUCCESS" ? 0 : line.num,
    title: line.title,
    skuProperties: line.skuPropertiesName,
  }));
}

function notesOf(order: OrderForParcels) {
  return order.buyerMessage || order.sellerMemo
    ? [{ tid: order.tid, buyerMessage: order.buyerMessage, sellerMemo: order.sellerMemo }]
    : [];
}

function withNotes(parcel: Info, order: OrderForParcels): Info["notes"] {
  return [...parcel.notes.filter((n) => n.tid !== order.tid && parcel.tids.includes(n.tid)), ...(parcel.tids.includes(order.tid) ? notesOf(order) : [])];
}

interface Plan {
  items: Write[];
  created: Info[];
  changed: Info[];
}

/** Applies one order snapshot (from `orders.paid` or `orders.changed`) to the parcels. Idempotent. */
export async function applyOrder(input: z.input<typeof OrderForParcels>, now = new Date()): Promise<Outcome> {
  const order = OrderForParcels.parse(input);
  const status = order.status ?? "WAIT_SELLER_SEND_GOODS";
  if (UNPAID.has(status)) return "not-paid";
  const { settings } = await Settings.get();
  const options = optionsFrom(settings);

  const result = await retryOnConflict(async (): Promise<{ outcome: Outcome; plan?: Plan }> => {
    const track = (await OrderParcelsEntity.get({ tid: order.tid }).go({ consistent: true })).data ?? undefined;
    if (track?.finished) return { outcome: "finished" };
    if (track?.orderVersion !== undefined && order.version !== undefined && order.version < track.orderVersion) return { outcome: "stale" };
    const closed = CLOSED.has(status);
    if (SHIPPED.has(status) || (closed && !track?.matched)) {
      await commit([trackItem(track, order, { finished: true }, now)]);
      return { outcome: "finished" };
    }
    if (!order.receiver) return { outcome: "no-receiver" };
    const plan = await planOrder({ ...order, receiver: order.receiver }, track, options, closed, settings.parcels.mergeWindowMinutes, now);
    if (plan.items.length === 0) return { outcome: "unchanged" };
    await commit(plan.items);
    return { outcome: closed ? "finished" : "matched", plan };
  });

  if (result.plan) {
    await Bus.publish(
      ...result.plan.created.map((p) =>
        Events.Created.create({ parcelId: p.parcelId, tids: p.tids, awaitingStock: p.awaitingStock, lines: p.lines }),
      ),
      ...result.plan.changed.map((p) =>
        Events.Changed.create({ parcelId: p.parcelId, tids: p.tids, state: p.state, change: `order ${order.tid}` }),
      ),
    );
  }
  return result.outcome;
}

type Deliverable = OrderForParcels & { receiver: NonNullable<OrderForParcels["receiver"]> };

async function planOrder(
  order: Deliverable,
  track: Track | undefined,
  options: MatchOptions,
  closed: boolean,
  mergeWindowMinutes: number,
  now: Date,
): Promise<Plan> {
  const at = now.toISOString();
  const mine = await loadMany(track?.parcelIds ?? []);
  const { changed, missing } = reconcileOrder(mine, { tid: order.tid, receiver: order.receiver, lines: wantedLines(order, closed) });
  // `read`: parcels as read from the table (the version conditions); `latest`: as changed so far.
  const read = new Map(mine.map((p) => [p.parcelId, p]));
  const latest = new Map(read);
  for (const parcel of changed) latest.set(parcel.parcelId, parcel);

  const items: Write[] = [];
  const created: Info[] = [];
  const extended = new Map<string, Info>(changed.map((p) => [p.parcelId, p]));
  // Intercepts that overtook the payment. (The snapshot's own `intercepted` flag is not used: the
  // orders area's intercept event, with the reason and id, always follows or precedes it.)
  const standing = track?.intercepts ?? [];

  if (missing.length > 0) {
    // An order with a standing intercept ships on its own: joining it to a parcel would stop others too.
    const toMatch: OrderToMatch = {
      tid: order.tid,
      buyerNick: order.buyerNick,
      receiver: order.receiver,
      lines: missing,
      sellerMemo: order.sellerMemo,
      sellerFlag: order.sellerFlag,
      noMerge: order.noMerge || standing.length > 0,
    };
    const mergeKey = mergeKeyOf(toMatch, options, addressKey(order.receiver));
    const open = await openSlots(mergeKey, latest, read);
    const available = await availableFor(missing.map((l) => l.sku));
    const { parcels } = assignOrder(open.plans, toMatch, options, available);
    for (const plan of parcels) {
      const existing = open.parcels.get(plan.slot);
      if (existing) {
        const base = latest.get(existing.parcelId) ?? existing;
        extended.set(existing.parcelId, { ...base, tids: plan.tids, lines: plan.lines });
        continue;
      }
      const parcel = newParcel(plan, order, standing, mergeWindowMinutes, now);
      created.push(parcel);
      items.push(...writeItems(undefined, parcel), slotItem(plan.slot, parcel.parcelId, open.pointers.get(plan.slot), at));
      items.push(auditItem("parcel.create", parcel, undefined, { tids: parcel.tids, lines: parcel.lines }));
    }
  }

  // The bench shows the buyer's message and the memo: keep them current on parcels not yet packed.
  for (const parcel of mine) {
    const draft = extended.get(parcel.parcelId) ?? parcel;
    const stillOpen = !["packed", "handed_over", "cancelled"].includes(draft.state);
    if (stillOpen && JSON.stringify(withNotes(draft, order)) !== JSON.stringify(parcel.notes)) extended.set(parcel.parcelId, draft);
  }

  const changedInfos: Info[] = [];
  for (const [parcelId, draft] of extended) {
    const before = read.get(parcelId)!;
    const next = revise(before, { ...draft, notes: withNotes(draft, order) }, at);
    changedInfos.push(next);
    items.push(...writeItems(before, next));
    items.push(auditItem("parcel.update", next, { tids: before.tids, lines: before.lines, state: before.state }, { tids: next.tids, lines: next.lines, state: next.state }));
  }

  const parcelIds = [...new Set([...(track?.parcelIds ?? []), ...created.map((p) => p.parcelId), ...extended.keys()])];
  const trackChanged = !track?.matched || parcelIds.length !== track.parcelIds.length || closed;
  if (items.length > 0 || trackChanged) {
    items.unshift(trackItem(track, order, { parcelIds, matched: true, finished: closed }, now));
  }
  return { items, created, changed: changedInfos };
}

/** The parcels the order may join: those its merge slots point to, if they still take orders. */
async function openSlots(mergeKey: string, latest: Map<string, Info>, read: Map<string, Info>) {
  const slots = [slotOf(mergeKey, false), slotOf(mergeKey, true)];
  const pointers = new Map<string, string>();
  const parcels = new Map<string, Info>();
  const plans = new Map<string, ParcelPlan>();
  const rows = await MergeSlotEntity.get(slots.map((slot) => ({ slotHash: slotHash(slot) }))).go({ consistent: true });
  for (const slot of slots) {
    const row = rows.data.find((r) => r.slotHash === slotHash(slot));
    if (!row) continue;
    pointers.set(slot, row.parcelId);
    let parcel = latest.get(row.parcelId);
    if (!parcel) {
      parcel = await load(row.parcelId);
      if (!parcel) continue;
      read.set(parcel.parcelId, parcel);
      latest.set(parcel.parcelId, parcel);
    }
    if (!isMergeTarget(parcel) || parcel.mergeKey !== mergeKey || slot !== slotOf(mergeKey, parcel.awaitingStock)) continue;
    parcels.set(slot, parcel);
    plans.set(slot, {
      slot,
      mergeKey,
      buyerNick: parcel.buyerNick,
      addressKey: parcel.addressKey,
      receiver: parcel.receiver,
      awaitingStock: parcel.awaitingStock,
      tids: parcel.tids,
      lines: parcel.lines,
    });
  }
  return { pointers, parcels, plans };
}

function newParcel(plan: ParcelPlan, order: OrderForParcels, standing: Track["intercepts"], mergeWindowMinutes: number, now: Date): Info {
  const at = now.toISOString();
  let parcel: Info = {
    parcelId: newParcelId(),
    state: "pending",
    buyerNick: plan.buyerNick,
    receiver: plan.receiver,
    addressKey: plan.addressKey,
    mergeKey: plan.mergeKey,
    awaitingStock: plan.awaitingStock,
    tids: plan.tids,
    lines: plan.lines,
    notes: notesOf(order),
    intercepted: false,
    intercepts: [],
    reprintRequired: false,
    mergeUntil: new Date(now.getTime() + mergeWindowMinutes * 60_000).toISOString(),
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  for (const mark of standing) parcel = addIntercept(parcel, mark);
  return { ...parcel, intercepted: parcel.intercepts.length > 0 };
}

/** Points a slot at a new parcel: created if the slot is new, else only if it still points where it did. */
function slotItem(slot: string, parcelId: string, previous: string | undefined, at: string): Write {
  const row = { slotHash: slotHash(slot), parcelId, updatedAt: at };
  return previous === undefined
    ? (tx) => tx.MergeSlotEntity.create(row).commit()
    : (tx) =>
        tx.MergeSlotEntity.put(row)
          .where((attr, op) => op.eq(attr.parcelId, previous))
          .commit();
}

function trackItem(track: Track | undefined, order: OrderForParcels, changes: Partial<Track>, now: Date): Write {
  const at = now.toISOString();
  const orderVersion = Math.max(order.version ?? 0, track?.orderVersion ?? 0);
  if (!track) {
    const row = { tid: order.tid, parcelIds: [], matched: false, finished: false, intercepts: [], ...changes, orderVersion, version: 1, updatedAt: at };
    return (tx) => tx.OrderParcelsEntity.create(row).commit();
  }
  const row = { ...track, ...changes, orderVersion, version: track.version + 1, updatedAt: at };
  return (tx) =>
    tx.OrderParcelsEntity.put(row)
      .where((attr, op) => op.eq(attr.version, track.version))
      .commit();
}

function auditItem(action: string, parcel: Info, before: unknown, after: unknown): Write {
  return auditWrite({ action, target: { type: "parcel", id: parcel.parcelId }, before, after });
}
