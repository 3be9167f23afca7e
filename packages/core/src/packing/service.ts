import { Bus } from "../bus";
import { transaction } from "../db";
import { conflict, invalid, notFound } from "../error";
import { OrderParcelsEntity, ParcelEntity, WaybillEntity } from "./entities";
import { Events } from "./events";
import { retryOnConflict } from "./retry";
import {
  addIntercept,
  canIntercept,
  interceptKey,
  isLifted,
  releaseIntercepts,
  transitionProblem,
  type Intercept,
  type InterceptReason,
  type State,
} from "./rules/state";
import { normaliseWaybill } from "./rules/waybill";
import { auditWrite, Info, load, loadMany, PARCEL_ID, present, revise, TX, writeItems, type Tx, type Write } from "./store";

export { Info, Line, PARCEL_ID, type Write } from "./store";

/** Runs writes as one transaction: all of them or none. */
export async function commit(writes: Write[]) {
  await transaction(TX, (tx) => writes.map((write) => write(tx)));
}

/**
 * The writes as plain transaction items, for a transaction another area runs — e.g. the packing
 * bench's close: `Stock.issue(parcelId, { extra: () => Parcel.asItems(Parcel.moveItems(p, "packed").items) })`.
 * (ElectroDB types `.commit()` only inside a transaction callback; the entities are the same objects.)
 */
export function asItems(writes: Write[]) {
  return writes.map((write) => write(TX as unknown as Tx));
}

export async function fromId(parcelId: string): Promise<Info | undefined> {
  if (!PARCEL_ID.test(parcelId)) return undefined;
  return load(parcelId);
}

export async function mustFromId(parcelId: string): Promise<Info> {
  const parcel = await fromId(parcelId);
  if (!parcel) throw notFound("parcel.not-found", `No parcel ${parcelId}`);
  return parcel;
}

/**
 * The parcel a waybill label belongs to, in one strongly consistent read of the waybill item.
 * A replaced (void) label is refused with the parcel it used to belong to, so a bench can say
 * "old label: reprinted" instead of "unknown".
 */
export async function byWaybill(raw: string): Promise<Info> {
  const number = normaliseWaybill(raw);
  if (!number || number.length > 40) throw notFound("waybill.not-found", `No parcel has waybill ${raw}`);
  const result = await WaybillEntity.get({ number }).go({ consistent: true });
  const item = result.data;
  if (!item) throw notFound("waybill.not-found", `No parcel has waybill ${number}`);
  if (!item.active || !item.parcel) {
    throw conflict("waybill.void", `Waybill ${number} was replaced; parcel ${item.parcelId} has a new label`, {
      parcelId: item.parcelId,
    });
  }
  return Info.parse(JSON.parse(item.parcel));
}

/** Every parcel an order went into (a split order has a ready and a later one). */
export async function byOrder(tid: string): Promise<Info[]> {
  if (!/^\d{1,40}$/.test(tid)) return [];
  const track = await OrderParcelsEntity.get({ tid }).go({ consistent: true });
  return loadMany(track.data?.parcelIds ?? []);
}

export interface ListInput {
  state?: State;
  intercepted?: boolean;
  /** Only parcels made before this time (UTC ISO): e.g. those past their merge window. */
  createdBefore?: string;
  cursor?: string;
  limit?: number;
}

/**
 * Whether a cursor came from a parcel list: ElectroDB cursors are the last key read, as base64url
 * JSON; a forged or foreign one would otherwise reach DynamoDB as a bad start key.
 */
export function isListCursor(cursor: string): boolean {
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof keys !== "object" || keys === null) return false;
    const { pk, sk } = keys as Record<string, unknown>;
    return typeof pk === "string" && pk.startsWith("$dianwu#parcelid_") && typeof sk === "string";
  } catch {
    return false;
  }
}

/** Oldest first (first paid, first packed); intercepted parcels by when they were stopped. */
export async function list(input: ListInput) {
  const options = { cursor: input.cursor ?? null, limit: input.limit ?? 50 };
  try {
    if (input.intercepted) {
      const result = await ParcelEntity.query.intercepted({}).go(options);
      return { items: result.data.map(present), cursor: result.cursor };
    }
    const query = ParcelEntity.query.byState({ state: input.state ?? "pending" });
    const result = await (input.createdBefore ? query.lt({ createdAt: input.createdBefore }) : query).go(options);
    return { items: result.data.map(present), cursor: result.cursor };
  } catch (error) {
    // A parcel cursor from another of these lists names keys this index does not have.
    if (input.cursor && /Exclusive ?Start ?Key|starting key|ValidationException/i.test(String(error))) {
      throw invalid("cursor", "parcel.bad-cursor", "This cursor belongs to another list");
    }
    throw error;
  }
}

/**
 * The writes that move a parcel to `to`, for callers that must put them in a transaction of their
 * own (the packing bench closes a parcel together with the stock decrement). Throws when the move
 * is not allowed (intercepted, no waybill, reprint due, wrong state).
 */
export function moveItems(parcel: Info, to: State, options: { note?: string; now?: string } = {}) {
  const problem = transitionProblem(parcel, to);
  if (problem) throw conflict(problem.code, problem.message, { parcelId: parcel.parcelId, state: parcel.state });
  const now = options.now ?? new Date().toISOString();
  // A parcel split off to wait for stock is ready like any other once its stock is reserved.
  const next = revise(parcel, to === "allocated" ? { state: to, awaitingStock: false } : { state: to }, now);
  const items = [
    ...writeItems(parcel, next),
    auditWrite({
      action: `parcel.${to}`,
      target: { type: "parcel", id: parcel.parcelId },
      before: { state: parcel.state },
      after: { state: to },
      note: options.note,
    }),
  ];
  const event = Events.StateChanged.create({ parcelId: parcel.parcelId, tids: parcel.tids, from: parcel.state, to });
  return { next, items, event };
}

/** Moves a parcel along its life (allocated, picking, back to pending…); retried on concurrent writes. */
export async function move(parcelId: string, to: State, note?: string): Promise<Info> {
  const { next, event } = await retryOnConflict(async () => {
    const parcel = await mustFromId(parcelId);
    if (parcel.state === to) return { next: parcel, event: undefined };
    const plan = moveItems(parcel, to, { note });
    await commit(plan.items);
    return plan;
  });
  if (event) await Bus.publish(event);
  return next;
}

const REASON_NOTE: Record<InterceptReason, string> = {
  refund: "refund requested",
  address_change: "address changed",
  other: "stopped",
};

/**
 * Marks an order's parcels intercepted (拦截): the order's tracking item records it too, so a
 * parcel matched later for the same order starts intercepted. Parcels already with the carrier,
 * or cancelled, are left as they are. Applying the same intercept twice changes nothing.
 */
export async function intercept(
  tid: string,
  reason: InterceptReason,
  options: { id?: string; note?: string; at?: string } = {},
  now = new Date().toISOString(),
) {
  const mark: Intercept = { tid, id: options.id, reason, note: options.note, at: options.at ?? now };
  const changed = await retryOnConflict(async () => {
    const track = (await OrderParcelsEntity.get({ tid }).go({ consistent: true })).data;
    const known = track?.intercepts.some((i) => interceptKey(i) === interceptKey(mark));
    const parcels = await loadMany(track?.parcelIds ?? []);
    const touched = parcels.filter((p) => canIntercept(p) && addIntercept(p, mark) !== p);
    if (known && touched.length === 0) return [];
    const intercepts = known ? (track?.intercepts ?? []) : [...(track?.intercepts ?? []), mark];
    const items: Write[] = [
      track
        ? (tx) =>
            tx.OrderParcelsEntity.put({ ...track, intercepts, version: track.version + 1, updatedAt: now })
              .where((attr, op) => op.eq(attr.version, track.version))
              .commit()
        : (tx) =>
            tx.OrderParcelsEntity.create({ tid, parcelIds: [], matched: false, finished: false, intercepts, version: 1, updatedAt: now }).commit(),
    ];
    for (const parcel of touched) {
      const next = revise(addIntercept(parcel, mark), {}, now);
      items.push(
        ...writeItems(parcel, next),
        auditWrite({
          action: "parcel.intercept",
          target: { type: "parcel", id: parcel.parcelId },
          after: { tid, reason, note: options.note },
          note: REASON_NOTE[reason],
        }),
      );
    }
    await commit(items);
    return touched;
  });
  await Bus.publish(...changed.map((p) => Events.Intercepted.create({ parcelId: p.parcelId, tids: p.tids, tid, reason })));
  return changed.length;
}

/**
 * Lifts an order's intercepts from its parcels (the supervisor released the order). A parcel
 * whose label shows the old address must get a reprinted waybill before it can be packed: known
 * from the intercept's reason, or from the orders area saying so (`reprint`).
 */
export async function release(
  tid: string,
  options: { note?: string; reprint?: boolean; interceptIds?: readonly string[] } = {},
  now = new Date().toISOString(),
) {
  const { note, reprint = false, interceptIds } = options;
  const changed = await retryOnConflict(async () => {
    const track = (await OrderParcelsEntity.get({ tid }).go({ consistent: true })).data;
    if (!track) return [];
    const parcels = await loadMany(track.parcelIds);
    const touched = parcels.filter((p) => p.intercepts.some((i) => isLifted(i, tid, interceptIds)));
    const standing = track.intercepts.filter((i) => !isLifted(i, tid, interceptIds));
    if (standing.length === track.intercepts.length && touched.length === 0) return [];
    const items: Write[] = [
      (tx) =>
        tx.OrderParcelsEntity.put({ ...track, intercepts: standing, version: track.version + 1, updatedAt: now })
          .where((attr, op) => op.eq(attr.version, track.version))
          .commit(),
    ];
    const nexts: Info[] = [];
    for (const parcel of touched) {
      const lifted = releaseIntercepts(parcel, tid, interceptIds);
      const next = revise(lifted, { reprintRequired: lifted.reprintRequired || (reprint && !!parcel.waybill) }, now);
      nexts.push(next);
      items.push(
        ...writeItems(parcel, next),
        auditWrite({
          action: "parcel.release",
          target: { type: "parcel", id: parcel.parcelId },
          before: { intercepts: parcel.intercepts },
          after: { intercepts: next.intercepts, reprintRequired: next.reprintRequired },
          note,
        }),
      );
    }
    await commit(items);
    return nexts;
  });
  await Bus.publish(
    ...changed.map((p) => Events.Released.create({ parcelId: p.parcelId, tids: p.tids, tid, reprintRequired: p.reprintRequired })),
  );
  return changed.length;
}
