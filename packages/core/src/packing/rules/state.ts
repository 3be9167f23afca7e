/**
 * A parcel's life: pending (matched, may still take more orders) → allocated (stock reserved) →
 * picking → packed (closed at the bench, waybill on it) → handed_over (to the carrier). Cancelled
 * when every order in it was closed or refunded before picking. The few steps back are explicit
 * (a reservation released, a pick abandoned); nothing else moves backwards.
 */
export const STATES = ["pending", "allocated", "picking", "packed", "handed_over", "cancelled"] as const;
export type State = (typeof STATES)[number];

const NEXT: Record<State, readonly State[]> = {
  pending: ["allocated", "cancelled"],
  allocated: ["picking", "pending", "cancelled"],
  picking: ["packed", "allocated"],
  packed: ["handed_over"],
  handed_over: [],
  cancelled: [],
};

export const INTERCEPT_REASONS = ["refund", "address_change", "other"] as const;
export type InterceptReason = (typeof INTERCEPT_REASONS)[number];

export interface Intercept {
  tid: string;
  /** The orders area's intercept id, when it gave one: two refunds of one order are two intercepts. */
  id?: string;
  reason: InterceptReason;
  note?: string;
  at: string;
}

/** The parts of a parcel the rules look at. */
export interface ParcelState {
  state: State;
  intercepts: readonly Intercept[];
  waybill?: { number: string };
  /** An address changed after the label was printed: a new waybill is needed before packing. */
  reprintRequired: boolean;
}

export interface Problem {
  code: string;
  message: string;
}

/** Why the parcel may not move to `to`, or undefined when it may. */
export function transitionProblem(parcel: ParcelState, to: State): Problem | undefined {
  if (!NEXT[parcel.state].includes(to)) {
    return { code: "parcel.bad-transition", message: `A ${parcel.state} parcel cannot become ${to}` };
  }
  if ((to === "packed" || to === "handed_over") && parcel.intercepts.length > 0) {
    const reasons = [...new Set(parcel.intercepts.map((i) => i.reason))].join(", ");
    return { code: "parcel.intercepted", message: `Intercepted (${reasons}): a supervisor must release it first` };
  }
  if ((to === "packed" || to === "handed_over") && !parcel.waybill) {
    return { code: "parcel.no-waybill", message: "The parcel has no waybill yet" };
  }
  if ((to === "packed" || to === "handed_over") && parcel.reprintRequired) {
    return { code: "parcel.reprint-required", message: "The address changed: assign a reprinted waybill first" };
  }
  return undefined;
}

/** Later orders of the same buyer and address may still join it. */
export function isMergeTarget(parcel: ParcelState): boolean {
  return parcel.state === "pending" && parcel.intercepts.length === 0;
}

/** Before the carrier has it, a parcel can still be stopped. */
export function canIntercept(parcel: ParcelState): boolean {
  return parcel.state !== "handed_over" && parcel.state !== "cancelled";
}

/** Lines can be taken out (an order closed, a line refunded) only before picking starts. */
export function canChangeLines(parcel: ParcelState): boolean {
  return parcel.state === "pending" || parcel.state === "allocated";
}

/** What makes two intercepts the same: the orders area's id, or else the order and the reason. */
export const interceptKey = (i: Pick<Intercept, "tid" | "id" | "reason">) => i.id ?? `${i.tid}/${i.reason}`;

/** Adds an order's intercept unless it stands already, so a redelivered event changes nothing. */
export function addIntercept<P extends ParcelState>(parcel: P, intercept: Intercept): P {
  const known = parcel.intercepts.some((i) => i.tid === intercept.tid && interceptKey(i) === interceptKey(intercept));
  return known ? parcel : { ...parcel, intercepts: [...parcel.intercepts, intercept] };
}

/** The intercepts a release lifts: the order's ones it names (all of the order's when it names none). */
export function isLifted(intercept: Intercept, tid: string, ids?: readonly string[]): boolean {
  return intercept.tid === tid && (!ids || ids.length === 0 || !intercept.id || ids.includes(intercept.id));
}

/**
 * Lifts an order's intercepts. An address change lifted on a parcel that already carries a
 * waybill means the label shows the old address: a reprint is required before packing.
 */
export function releaseIntercepts<P extends ParcelState>(parcel: P, tid: string, ids?: readonly string[]): P {
  const lifted = parcel.intercepts.filter((i) => isLifted(i, tid, ids));
  if (lifted.length === 0) return parcel;
  const addressChanged = lifted.some((i) => i.reason === "address_change");
  return {
    ...parcel,
    intercepts: parcel.intercepts.filter((i) => !isLifted(i, tid, ids)),
    reprintRequired: parcel.reprintRequired || (addressChanged && !!parcel.waybill),
  };
}
