import { addressKey, type Receiver } from "./address";
import type { OrderLine, ParcelLine } from "./grouping";
import { canChangeLines, type ParcelState } from "./state";

/**
 * An order changed after it was matched: a line refunded, items added (RULES.md §2: merged into
 * the order while order-making has not read it), the address changed, or the order closed. The
 * parcels are brought back in line with what the order now wants shipped, as far as they still can
 * be: only parcels not yet being picked change their lines; a parcel further along is left to the
 * intercept (the orders area stops it, a supervisor decides).
 */
export interface ParcelShape extends ParcelState {
  parcelId: string;
  addressKey: string;
  awaitingStock: boolean;
  receiver: Receiver;
  tids: string[];
  lines: ParcelLine[];
}

export interface WantedOrder {
  tid: string;
  receiver: Receiver;
  /** What should ship now, per line: refunded and closed lines count zero. */
  lines: OrderLine[];
}

export interface Reconciled<P> {
  /** Parcels that changed, as they are now (a parcel left with no lines is cancelled). */
  changed: P[];
  /** Units no parcel holds yet: to be matched like a new order. */
  missing: OrderLine[];
}

/** The parcel with these lines: orders without lines leave it, and their intercepts with them. */
function withLines<P extends ParcelShape>(parcel: P, lines: ParcelLine[]): P {
  const tids = parcel.tids.filter((tid) => lines.some((l) => l.tid === tid));
  const intercepts = parcel.intercepts.filter((i) => tids.includes(i.tid));
  return { ...parcel, lines, tids, intercepts, state: lines.length === 0 ? "cancelled" : parcel.state };
}

export function reconcileOrder<P extends ParcelShape>(parcels: readonly P[], order: WantedOrder): Reconciled<P> {
  const key = addressKey(order.receiver);
  const current = new Map(parcels.map((p) => [p.parcelId, p]));
  const touched = new Set<string>();
  const update = (next: P) => {
    current.set(next.parcelId, next);
    touched.add(next.parcelId);
  };

  // A new address: parcels that can still change give the order's lines back (matched again below);
  // a parcel of this order alone that is already being picked takes the new address and a new label.
  for (const parcel of parcels) {
    if (parcel.addressKey === key || !parcel.tids.includes(order.tid)) continue;
    if (canChangeLines(parcel)) {
      update(withLines(parcel, parcel.lines.filter((l) => l.tid !== order.tid)));
    } else if (parcel.tids.length === 1 && parcel.state !== "handed_over" && parcel.state !== "cancelled") {
      update({ ...parcel, receiver: order.receiver, addressKey: key, reprintRequired: parcel.reprintRequired || !!parcel.waybill });
    }
  }

  const wanted = new Map(order.lines.map((l) => [l.oid, Math.max(0, l.quantity)]));
  const held = new Map<string, number>();
  for (const parcel of current.values()) {
    for (const line of parcel.lines) if (line.tid === order.tid) held.set(line.oid, (held.get(line.oid) ?? 0) + line.quantity);
  }

  // Too many units held (refunded, closed, reduced): take them out of parcels that can still change,
  // the ones waiting for stock first.
  const removable = [...current.values()]
    .filter((p) => canChangeLines(p) && p.state !== "cancelled")
    .sort((a, b) => Number(b.awaitingStock) - Number(a.awaitingStock));
  for (const [oid, units] of held) {
    const surplus = units - (wanted.get(oid) ?? 0);
    let left = surplus;
    for (const parcel of removable) {
      if (left <= 0) break;
      const latest = current.get(parcel.parcelId)!;
      const lines: ParcelLine[] = [];
      for (const line of latest.lines) {
        if (left > 0 && line.tid === order.tid && line.oid === oid) {
          const cut = Math.min(left, line.quantity);
          left -= cut;
          if (line.quantity > cut) lines.push({ ...line, quantity: line.quantity - cut });
        } else {
          lines.push(line);
        }
      }
      if (lines.length !== latest.lines.length || lines.some((l, i) => l.quantity !== latest.lines[i]!.quantity)) {
        update(withLines(latest, lines));
      }
    }
    held.set(oid, units - (Math.max(0, surplus) - Math.max(0, left)));
  }

  const missing = order.lines.flatMap((line) => {
    const short = line.quantity - (held.get(line.oid) ?? 0);
    return short > 0 ? [{ ...line, quantity: short }] : [];
  });
  return { changed: [...touched].map((id) => current.get(id)!), missing };
}
