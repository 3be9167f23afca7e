import type { Receiver, RefundStatus, Trade, TradeLine } from "./trade";

/**
 * The order projection as a pure reducer: `apply(order, message) → order`.
 *
 * The shop platform delivers messages at least once and in no particular order, and a consumer may
 * complete an early message with a trade fetched later. So every field of the projection is a
 * join-semilattice over the messages seen: statuses only climb a monotonic rank, times keep their
 * earliest value, snapshots (receiver, memo, lines) are last-writer-wins by the platform's own
 * modification time (message id breaking ties), and collections (refunds, intercepts, chases) are
 * unions keyed by id. Joins are commutative, associative and idempotent, which is what makes any
 * permutation and duplication of a trade's messages end in the same order as the in-order sequence
 * (rules.test.ts proves it with fast-check). Derived views (status, intercept state, line refund
 * status) are computed from the projection, never stored separately.
 */

/** Where an order is, in the order it gets there. Our warehouse steps sit between paid and shipped. */
export const PROGRESS = [
  "WAIT_BUYER_PAY",
  "WAIT_SELLER_SEND_GOODS",
  "allocated",
  "picking",
  "packed",
  "handed_to_carrier",
  "WAIT_BUYER_CONFIRM_GOODS",
  "TRADE_FINISHED",
] as const;
export type Progress = (typeof PROGRESS)[number];
/** Closed before payment (TRADE_CLOSED_BY_TAOBAO) or after it, fully refunded (TRADE_CLOSED). */
export const CLOSED_STATUSES = ["TRADE_CLOSED_BY_TAOBAO", "TRADE_CLOSED"] as const;
export type ClosedStatus = (typeof CLOSED_STATUSES)[number];
export type OrderStatus = Progress | ClosedStatus;
export const ORDER_STATUSES: readonly OrderStatus[] = [...PROGRESS, ...CLOSED_STATUSES];

export const INTERNAL_STEPS = ["allocated", "picking", "packed", "handed_to_carrier"] as const;
export type InternalStep = (typeof INTERNAL_STEPS)[number];

const PAID = PROGRESS.indexOf("WAIT_SELLER_SEND_GOODS");

/** The platform's status strings, including the rarer ones, mapped onto our statuses. */
const PLATFORM_STATUS: Record<string, OrderStatus> = {
  TRADE_NO_CREATE_PAY: "WAIT_BUYER_PAY",
  WAIT_BUYER_PAY: "WAIT_BUYER_PAY",
  PAY_PENDING: "WAIT_BUYER_PAY",
  WAIT_PRE_AUTH_CONFIRM: "WAIT_BUYER_PAY",
  WAIT_SELLER_SEND_GOODS: "WAIT_SELLER_SEND_GOODS",
  // Part of the lines shipped: the rest still has to go through the warehouse.
  SELLER_CONSIGNED_PART: "WAIT_SELLER_SEND_GOODS",
  PAID_FORBID_CONSIGN: "WAIT_SELLER_SEND_GOODS",
  WAIT_BUYER_CONFIRM_GOODS: "WAIT_BUYER_CONFIRM_GOODS",
  TRADE_BUYER_SIGNED: "WAIT_BUYER_CONFIRM_GOODS",
  TRADE_FINISHED: "TRADE_FINISHED",
  TRADE_CLOSED: "TRADE_CLOSED",
  TRADE_CLOSED_BY_TAOBAO: "TRADE_CLOSED_BY_TAOBAO",
};

export function statusFromPlatform(status: string | undefined): OrderStatus | undefined {
  return status === undefined ? undefined : PLATFORM_STATUS[status];
}

/** Refund progress of one refund (one refund id): requested → agreed → closed or succeeded. */
export const REFUND_PHASES = ["requested", "agreed", "closed", "success"] as const;
export type RefundPhase = (typeof REFUND_PHASES)[number];

export type InterceptReason = "refund" | "address-changed";
export const CHASE_RESULTS = ["no_answer", "will_pay", "declined", "paid", "other"] as const;
export type ChaseResult = (typeof CHASE_RESULTS)[number];

export interface AddedLine {
  outerSkuId: string;
  title?: string;
  skuPropertiesName?: string;
  num: number;
  priceFen: number;
}

/**
 * One message, reduced to the facts it carries. A platform message usually carries a status and a
 * trade snapshot; our own steps and staff actions carry one fact each.
 */
export interface OrderMessage {
  id: string;
  tid: string;
  /** When it happened, UTC ISO (the platform's pub_time, or our clock). */
  at: string;
  topic: string;
  status?: OrderStatus;
  /** A close whose kind (before or after payment) the message does not say. */
  closed?: boolean;
  buyerNick?: string;
  trade?: Trade;
  memo?: string;
  flag?: number;
  receiver?: Receiver;
  refund?: { refundId: string; oid?: string; phase: RefundPhase; feeFen?: number };
  intercept?: InterceptReason;
  step?: InternalStep;
  release?: { interceptIds: string[]; by: string; note?: string };
  chase?: { by: string; result: ChaseResult; note?: string };
  read?: { by: string };
  addition?: { by: string; decision: "merged" | "separate"; lines: AddedLine[]; note?: string };
}

/** A last-writer-wins register; `key` is "<at>|<message id>" and the greater key wins. */
export interface Register<T> {
  key: string;
  value: T;
}

export interface Snapshot {
  platformStatus?: string;
  buyerMessage?: string;
  lines: TradeLine[];
  paymentFen?: number;
  postFeeFen?: number;
  totalFeeFen?: number;
}

export interface RefundRecord {
  oid?: string;
  phase: RefundPhase;
  at: string;
  fee?: Register<number>;
}

export interface OrderState {
  tid: string;
  /** Earliest time of any message: the order's time when nothing better is known. */
  firstAt: string;
  /** Index into PROGRESS; only ever grows. */
  progress: number;
  closedAt?: string;
  closedAs?: ClosedStatus;
  createdAt?: string;
  paidAt?: string;
  shippedAt?: string;
  finishedAt?: string;
  steps: Partial<Record<InternalStep, string>>;
  buyerNick?: Register<string>;
  snapshot?: Register<Snapshot>;
  receiver?: Register<Receiver>;
  /** Seller memo and flag are separate registers: a memo message may carry one without the other. */
  memo?: Register<string>;
  flag?: Register<number>;
  /** Every distinct memo the order has had, at the first time it was seen, oldest first. */
  memoHistory: { memo: string; at: string }[];
  refunds: Record<string, RefundRecord>;
  intercepts: Record<string, { reason: InterceptReason; at: string }>;
  releases: Record<string, { at: string; by: string; note?: string; interceptIds: string[] }>;
  chases: Record<string, { at: string; by: string; result: ChaseResult; note?: string }>;
  /** First time order-making (制单) read the order (RULES.md §2, adding items). */
  read?: { key: string; by: string; at: string };
  additions: Record<string, { at: string; by: string; decision: "merged" | "separate"; lines: AddedLine[]; note?: string }>;
}

export function emptyOrder(tid: string, at: string): OrderState {
  return { tid, firstAt: at, progress: 0, steps: {}, memoHistory: [], refunds: {}, intercepts: {}, releases: {}, chases: {}, additions: {} };
}

const minTime = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a <= b ? a : b);

function lww<T>(current: Register<T> | undefined, next: Register<T> | undefined): Register<T> | undefined {
  if (!next) return current;
  if (!current || next.key > current.key) return next;
  // One message can offer two values under the same key (its content and its embedded trade):
  // the larger value wins, so the outcome does not depend on which was seen first.
  if (next.key === current.key && JSON.stringify(next.value) > JSON.stringify(current.value)) return next;
  return current;
}

const keyOf = (at: string, id: string) => `${at}|${id}`;

/** The one reducer. Pure: it never reads the clock or settings. */
export function apply(order: OrderState | undefined, m: OrderMessage): OrderState {
  const base = order ?? emptyOrder(m.tid, m.at);
  if (base.tid !== m.tid) throw new Error(`message for ${m.tid} applied to order ${base.tid}`);
  const o: OrderState = {
    ...base,
    firstAt: minTime(base.firstAt, m.at)!,
    steps: { ...base.steps },
    refunds: { ...base.refunds },
    intercepts: { ...base.intercepts },
    releases: { ...base.releases },
    chases: { ...base.chases },
    additions: { ...base.additions },
  };
  const trade = m.trade;
  const snapshotKey = keyOf(trade?.modifiedAt ?? m.at, m.id);

  for (const status of [m.status, statusFromPlatform(trade?.status)]) {
    if (status === undefined) continue;
    if ((CLOSED_STATUSES as readonly string[]).includes(status)) {
      o.closedAt = minTime(o.closedAt, trade?.endedAt ?? m.at);
      const closed = status as ClosedStatus;
      if (!o.closedAs || CLOSED_STATUSES.indexOf(closed) > CLOSED_STATUSES.indexOf(o.closedAs)) o.closedAs = closed;
    } else {
      o.progress = Math.max(o.progress, PROGRESS.indexOf(status as Progress));
    }
  }
  if (m.closed) o.closedAt = minTime(o.closedAt, m.at);

  if (m.status === "WAIT_BUYER_PAY") o.createdAt = minTime(o.createdAt, m.at);
  if (m.status === "WAIT_SELLER_SEND_GOODS") o.paidAt = minTime(o.paidAt, m.at);
  if (m.status === "WAIT_BUYER_CONFIRM_GOODS") o.shippedAt = minTime(o.shippedAt, m.at);
  if (m.status === "TRADE_FINISHED") o.finishedAt = minTime(o.finishedAt, m.at);

  if (m.step) {
    o.steps[m.step] = minTime(o.steps[m.step], m.at);
    o.progress = Math.max(o.progress, PROGRESS.indexOf(m.step));
  }

  if (m.buyerNick) o.buyerNick = lww(o.buyerNick, { key: keyOf(m.at, m.id), value: m.buyerNick });

  if (trade) {
    o.createdAt = minTime(o.createdAt, trade.createdAt);
    o.paidAt = minTime(o.paidAt, trade.paidAt);
    o.shippedAt = minTime(o.shippedAt, trade.shippedAt);
    if (statusFromPlatform(trade.status) === "TRADE_FINISHED") o.finishedAt = minTime(o.finishedAt, trade.endedAt);
    if (trade.buyerNick) o.buyerNick = lww(o.buyerNick, { key: snapshotKey, value: trade.buyerNick });
    if (trade.receiver) o.receiver = lww(o.receiver, { key: snapshotKey, value: trade.receiver });
    if (trade.sellerMemo !== undefined) {
      o.memo = lww(o.memo, { key: snapshotKey, value: trade.sellerMemo });
      o.memoHistory = addMemo(o.memoHistory, trade.sellerMemo, trade.modifiedAt ?? m.at);
    }
    if (trade.sellerFlag !== undefined) o.flag = lww(o.flag, { key: snapshotKey, value: trade.sellerFlag });
    o.snapshot = lww(o.snapshot, {
      key: snapshotKey,
      value: {
        platformStatus: trade.status,
        buyerMessage: trade.buyerMessage,
        lines: [...trade.lines].sort((a, b) => (a.oid < b.oid ? -1 : a.oid > b.oid ? 1 : 0)),
        paymentFen: trade.paymentFen,
        postFeeFen: trade.postFeeFen,
        totalFeeFen: trade.totalFeeFen,
      },
    });
  }

  if (m.memo !== undefined) {
    o.memo = lww(o.memo, { key: keyOf(m.at, m.id), value: m.memo });
    o.memoHistory = addMemo(o.memoHistory, m.memo, m.at);
  }
  if (m.flag !== undefined) o.flag = lww(o.flag, { key: keyOf(m.at, m.id), value: m.flag });
  if (m.receiver) o.receiver = lww(o.receiver, { key: keyOf(m.at, m.id), value: m.receiver });

  if (m.refund) {
    const { refundId, oid, phase, feeFen } = m.refund;
    const known = o.refunds[refundId];
    const fee = feeFen === undefined ? known?.fee : lww(known?.fee, { key: keyOf(m.at, m.id), value: feeFen });
    o.refunds[refundId] = {
      oid: known?.oid === undefined ? oid : oid === undefined || known.oid >= oid ? known.oid : oid,
      phase: !known || REFUND_PHASES.indexOf(phase) > REFUND_PHASES.indexOf(known.phase) ? phase : known.phase,
      at: minTime(known?.at, m.at)!,
      ...(fee ? { fee } : {}),
    };
  }

  if (m.intercept) o.intercepts[m.id] = { reason: m.intercept, at: m.at };
  if (m.release) o.releases[m.id] = { at: m.at, ...m.release, interceptIds: [...m.release.interceptIds].sort() };
  if (m.chase) o.chases[m.id] = { at: m.at, ...m.chase };
  if (m.read) {
    const candidate = { key: keyOf(m.at, m.id), by: m.read.by, at: m.at };
    // The first read counts: the smaller key wins here.
    if (!o.read || candidate.key < o.read.key) o.read = candidate;
  }
  if (m.addition) o.additions[m.id] = { at: m.at, ...m.addition };
  return o;
}

/** Adds a memo version, keeping each distinct text once, at its earliest time, in time order. */
function addMemo(history: OrderState["memoHistory"], memo: string, at: string) {
  const same = history.find((h) => h.memo === memo);
  if (same && same.at <= at) return history;
  const rest = history.filter((h) => h.memo !== memo);
  return [...rest, { memo, at }].sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.memo < b.memo ? -1 : a.memo > b.memo ? 1 : 0));
}

export function applyAll(order: OrderState | undefined, messages: readonly OrderMessage[]) {
  return messages.reduce<OrderState | undefined>((o, m) => apply(o, m), order);
}

/* ---- Derived views ---- */

export function statusOf(o: OrderState): OrderStatus {
  if (o.closedAt !== undefined || o.closedAs !== undefined) return o.closedAs ?? (everPaid(o) ? "TRADE_CLOSED" : "TRADE_CLOSED_BY_TAOBAO");
  return PROGRESS[o.progress]!;
}

/** A total, monotonic rank: every progress step, then closed above everything. */
export function rankOf(o: OrderState): number {
  return o.closedAt !== undefined || o.closedAs !== undefined ? PROGRESS.length : o.progress;
}

/** Paid at some point (even if closed by a refund since). */
export function everPaid(o: OrderState) {
  return o.progress >= PAID || o.paidAt !== undefined;
}

const SHIPPED = PROGRESS.indexOf("WAIT_BUYER_CONFIRM_GOODS");

/** Paid and not yet shipped, nor closed: the warehouse has work to do for it. */
export function awaitsShipping(o: OrderState) {
  const rank = rankOf(o);
  return rank >= PAID && rank < SHIPPED;
}

export function isUnpaid(o: OrderState) {
  return rankOf(o) === 0;
}

/** When the goods left our hands: our own handover step or the platform's shipment, whichever came first. */
export function handedAt(o: OrderState) {
  return minTime(o.steps.handed_to_carrier, o.shippedAt);
}

export const INTERCEPT_STATES = ["open", "released", "too-late", "not-needed", "order-closed"] as const;
export type InterceptState = (typeof INTERCEPT_STATES)[number];

export interface InterceptView {
  id: string;
  reason: InterceptReason;
  at: string;
  state: InterceptState;
  releasedAt?: string;
  releasedBy?: string;
  note?: string;
}

/**
 * A refund request or an address change stops the parcel if it came before the goods were handed
 * to the carrier; an address change before payment needs no intercept (nothing was packed yet).
 * It stays open until a supervisor releases it, or until the trade closes (fully refunded: there
 * is no parcel left to let go).
 */
export function interceptsOf(o: OrderState): InterceptView[] {
  const handed = handedAt(o);
  const releases = Object.entries(o.releases).sort(([a, x], [b, y]) => (x.at !== y.at ? (x.at < y.at ? -1 : 1) : a < b ? -1 : 1));
  return Object.entries(o.intercepts)
    .map(([id, cause]) => {
      const release = releases.find(([, r]) => r.interceptIds.includes(id))?.[1];
      let state: InterceptState;
      if (release) state = "released";
      else if (handed !== undefined && handed <= cause.at) state = "too-late";
      else if (cause.reason === "address-changed" && !(o.paidAt !== undefined && o.paidAt <= cause.at)) state = "not-needed";
      else if (o.closedAt !== undefined || o.closedAs !== undefined) state = "order-closed";
      else state = "open";
      return { id, reason: cause.reason, at: cause.at, state, releasedAt: release?.at, releasedBy: release?.by, note: release?.note };
    })
    .sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.id < b.id ? -1 : 1));
}

export function openIntercepts(o: OrderState) {
  return interceptsOf(o).filter((i) => i.state === "open");
}

const OPEN_REFUND: Record<"requested" | "agreed", RefundStatus> = { requested: "WAIT_SELLER_AGREE", agreed: "WAIT_BUYER_RETURN_GOODS" };

/**
 * A line's refund status: from the refund messages about it when there are any (they are newer
 * than any snapshot could be about that refund), otherwise the snapshot's own field.
 */
export function lineRefundStatus(o: OrderState, oid: string, fromSnapshot: RefundStatus | undefined): RefundStatus {
  const refunds = Object.values(o.refunds).filter((r) => r.oid === oid || r.oid === undefined);
  if (refunds.length === 0) return fromSnapshot ?? "NO_REFUND";
  if (refunds.some((r) => r.phase === "success")) return "SUCCESS";
  if (refunds.some((r) => r.phase === "agreed")) return OPEN_REFUND.agreed;
  if (refunds.some((r) => r.phase === "requested")) return OPEN_REFUND.requested;
  return "CLOSED";
}

export interface LineView {
  oid: string;
  outerSkuId?: string;
  title?: string;
  skuPropertiesName?: string;
  num: number;
  priceFen?: number;
  paymentFen?: number;
  refundStatus: RefundStatus;
  /** Added by customer service after the order was placed (merged, RULES.md §2). */
  added: boolean;
}

export function linesOf(o: OrderState): LineView[] {
  const platform = (o.snapshot?.value.lines ?? []).map((l) => ({
    oid: l.oid,
    outerSkuId: l.outerSkuId,
    title: l.title,
    skuPropertiesName: l.skuPropertiesName,
    num: l.num,
    priceFen: l.priceFen,
    paymentFen: l.paymentFen,
    refundStatus: lineRefundStatus(o, l.oid, l.refundStatus),
    added: false,
  }));
  const added = Object.entries(o.additions)
    .filter(([, a]) => a.decision === "merged")
    .sort(([a, x], [b, y]) => (x.at !== y.at ? (x.at < y.at ? -1 : 1) : a < b ? -1 : 1))
    .flatMap(([id, a]) =>
      a.lines.map((l, i) => ({
        oid: `${id}-${i + 1}`,
        outerSkuId: l.outerSkuId,
        title: l.title,
        skuPropertiesName: l.skuPropertiesName,
        num: l.num,
        priceFen: l.priceFen,
        paymentFen: l.priceFen * l.num,
        refundStatus: "NO_REFUND" as RefundStatus,
        added: true,
      })),
    );
  return [...platform, ...added];
}
