import * as z from "zod";
import type { Settings } from "../settings/schema";
import { normalisedAddress } from "./address";
import { chaseView } from "./chase";
import type { OrderPayload } from "./events";
import { FLAGS, flagName, staffFromMemo, warehouseMark } from "./memo";
import { everPaid, INTERCEPT_STATES, interceptsOf, linesOf, ORDER_STATUSES, statusOf, type OrderState } from "./rules";
import { REFUND_STATUSES, type Receiver } from "./trade";

/** The settings the orders area reads, as plain values for the pure functions below. */
export interface Conventions {
  memoStaffPattern: string;
  warehouseFlag: number;
  warehouseHandlerPattern: string;
  unpaidChaseHours: number;
  timeZone: string;
}

export function conventionsOf(settings: Settings): Conventions {
  return {
    memoStaffPattern: settings.orders.memoStaffPattern,
    warehouseFlag: settings.orders.warehouseFlag,
    warehouseHandlerPattern: settings.orders.warehouseHandlerPattern,
    unpaidChaseHours: settings.orders.unpaidChaseHours,
    timeZone: settings.shop.timeZone,
  };
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "YYYY-MM" of an instant in the shop's time zone. (A formatter is costly to build: one per zone.) */
export function monthIn(iso: string, timeZone: string) {
  let format = monthFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" });
    monthFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(iso));
  return `${parts.find((p) => p.type === "year")!.value}-${parts.find((p) => p.type === "month")!.value}`;
}

/** When the order was placed, as well as we know it. */
export const placedAt = (o: OrderState) => o.createdAt ?? o.firstAt;

export function receiverWithKey(receiver: Receiver | undefined) {
  return receiver ? { ...receiver, normalisedAddress: normalisedAddress(receiver) } : undefined;
}

/** The sale this order credits, if any: paid, and a staff number in the memo. */
export function creditOf(o: OrderState, c: Conventions) {
  const staffNo = staffFromMemo(o.memo?.value, c.memoStaffPattern);
  const paidAt = o.paidAt ?? (everPaid(o) ? o.firstAt : undefined);
  if (!staffNo || !paidAt) return undefined;
  return {
    staffNo,
    paidAt,
    creditMonth: monthIn(paidAt, c.timeZone),
    paymentFen: o.snapshot?.value.paymentFen ?? 0,
    void: statusOf(o) === "TRADE_CLOSED" || statusOf(o) === "TRADE_CLOSED_BY_TAOBAO",
  };
}

/** What parcel matching is told about an order. */
export function payloadOf(o: OrderState, version: number): OrderPayload {
  return {
    tid: o.tid,
    version,
    status: statusOf(o),
    buyerNick: o.buyerNick?.value ?? "",
    receiver: receiverWithKey(o.receiver?.value),
    lines: linesOf(o).map(({ oid, outerSkuId, title, skuPropertiesName, num, refundStatus, added }) => ({
      oid,
      outerSkuId,
      title,
      skuPropertiesName,
      num,
      refundStatus,
      added,
    })),
    paidAt: o.paidAt,
    sellerMemo: o.memo?.value,
    sellerFlag: o.flag?.value ?? 0,
    buyerMessage: o.snapshot?.value.buyerMessage,
    intercepted: interceptsOf(o).some((i) => i.state === "open"),
  };
}

const ReceiverInfo = z.object({
  name: z.string(),
  mobile: z.string().optional(),
  phone: z.string().optional(),
  state: z.string().optional(),
  city: z.string().optional(),
  district: z.string().optional(),
  town: z.string().optional(),
  address: z.string(),
  zip: z.string().optional(),
  normalisedAddress: z.string(),
});

const InterceptInfo = z.object({
  id: z.string(),
  reason: z.enum(["refund", "address-changed"]),
  at: z.string(),
  state: z.enum(INTERCEPT_STATES),
  releasedAt: z.string().optional(),
  releasedBy: z.string().optional(),
  note: z.string().optional(),
});

const ChaseInfo = z.object({ id: z.string(), at: z.string(), by: z.string(), result: z.string(), note: z.string().optional() });

export const Summary = z
  .object({
    tid: z.string(),
    version: z.number(),
    status: z.enum(ORDER_STATUSES as [string, ...string[]]),
    buyerNick: z.string(),
    receiverName: z.string().optional(),
    createdAt: z.string(),
    paidAt: z.string().optional(),
    paymentFen: z.number().optional(),
    sellerFlag: z.number(),
    flagName: z.enum(FLAGS),
    creditedStaffNo: z.string().optional(),
    intercepted: z.boolean(),
    lineCount: z.number(),
    chase: z
      .object({ deadline: z.string(), secondsLeft: z.number(), due: z.boolean(), count: z.number(), last: ChaseInfo.optional() })
      .optional(),
  });

export const Info = z.object({
  tid: z.string(),
  version: z.number(),
  appliedCount: z.number(),
  status: z.string(),
  platformStatus: z.string().optional(),
  buyerNick: z.string(),
  receiver: ReceiverInfo.optional(),
  buyerMessage: z.string().optional(),
  sellerMemo: z.string().optional(),
  sellerFlag: z.number(),
  flagName: z.enum(FLAGS),
  creditedStaffNo: z.string().optional(),
  warehouseMark: z.object({ handlerCode: z.string() }).optional(),
  memoHistory: z.array(z.object({ memo: z.string(), at: z.string() })),
  lines: z.array(
    z.object({
      oid: z.string(),
      outerSkuId: z.string().optional(),
      title: z.string().optional(),
      skuPropertiesName: z.string().optional(),
      num: z.number(),
      priceFen: z.number().optional(),
      paymentFen: z.number().optional(),
      refundStatus: z.enum(REFUND_STATUSES),
      added: z.boolean(),
    }),
  ),
  paymentFen: z.number().optional(),
  postFeeFen: z.number().optional(),
  totalFeeFen: z.number().optional(),
  createdAt: z.string(),
  paidAt: z.string().optional(),
  shippedAt: z.string().optional(),
  finishedAt: z.string().optional(),
  closedAt: z.string().optional(),
  steps: z.record(z.string(), z.string()),
  intercepts: z.array(InterceptInfo),
  chases: z.array(ChaseInfo),
  chase: z.object({ deadline: z.string(), secondsLeft: z.number(), due: z.boolean(), count: z.number() }).optional(),
  readByOrderMaking: z.object({ at: z.string(), by: z.string() }).optional(),
  additions: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      by: z.string(),
      decision: z.enum(["merged", "separate"]),
      note: z.string().optional(),
      lines: z.array(z.object({ outerSkuId: z.string(), title: z.string().optional(), skuPropertiesName: z.string().optional(), num: z.number(), priceFen: z.number() })),
    }),
  ),
});
export type Info = z.infer<typeof Info>;
export type Summary = z.infer<typeof Summary>;

const byTime = <T extends { at: string; id: string }>(a: T, b: T) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.id < b.id ? -1 : 1);

export function summaryOf(o: OrderState, version: number, c: Conventions, now: Date): Summary {
  const status = statusOf(o);
  const chase = status === "WAIT_BUYER_PAY" ? chaseView(o, c.unpaidChaseHours, now) : undefined;
  return {
    tid: o.tid,
    version,
    status,
    buyerNick: o.buyerNick?.value ?? "",
    receiverName: o.receiver?.value.name,
    createdAt: placedAt(o),
    paidAt: o.paidAt,
    paymentFen: o.snapshot?.value.paymentFen,
    sellerFlag: o.flag?.value ?? 0,
    flagName: flagName(o.flag?.value),
    creditedStaffNo: staffFromMemo(o.memo?.value, c.memoStaffPattern),
    intercepted: interceptsOf(o).some((i) => i.state === "open"),
    lineCount: linesOf(o).length,
    chase,
  };
}

export function infoOf(o: OrderState, row: { version: number; appliedCount: number }, c: Conventions, now: Date): Info {
  const status = statusOf(o);
  const chase = status === "WAIT_BUYER_PAY" ? chaseView(o, c.unpaidChaseHours, now) : undefined;
  return {
    tid: o.tid,
    version: row.version,
    appliedCount: row.appliedCount,
    status,
    platformStatus: o.snapshot?.value.platformStatus,
    buyerNick: o.buyerNick?.value ?? "",
    receiver: receiverWithKey(o.receiver?.value),
    buyerMessage: o.snapshot?.value.buyerMessage,
    sellerMemo: o.memo?.value,
    sellerFlag: o.flag?.value ?? 0,
    flagName: flagName(o.flag?.value),
    creditedStaffNo: staffFromMemo(o.memo?.value, c.memoStaffPattern),
    warehouseMark: warehouseMark(o.memo?.value, o.flag?.value, c),
    memoHistory: o.memoHistory,
    lines: linesOf(o),
    paymentFen: o.snapshot?.value.paymentFen,
    postFeeFen: o.snapshot?.value.postFeeFen,
    totalFeeFen: o.snapshot?.value.totalFeeFen,
    createdAt: placedAt(o),
    paidAt: o.paidAt,
    shippedAt: o.shippedAt,
    finishedAt: o.finishedAt,
    closedAt: o.closedAt,
    steps: { ...o.steps } as Record<string, string>,
    intercepts: interceptsOf(o),
    chases: Object.entries(o.chases)
      .map(([id, ch]) => ({ id, ...ch }))
      .sort(byTime),
    chase: chase && { deadline: chase.deadline, secondsLeft: chase.secondsLeft, due: chase.due, count: chase.count },
    readByOrderMaking: o.read && { at: o.read.at, by: o.read.by },
    additions: Object.entries(o.additions)
      .map(([id, a]) => ({ id, ...a }))
      .sort(byTime),
  };
}
