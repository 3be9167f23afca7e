import * as z from "zod";
import { defineEvent } from "../bus/event";
import { CARRIERS } from "./rules/waybill";
import { INTERCEPT_REASONS, STATES } from "./rules/state";

/**
 * What parcel matching reads from the orders area's `orders.paid` / `orders.changed` detail
 * (OrderPayload in ../orders/events.ts). Parsed here with our own, lenient schema — only the
 * fields matching uses, extra fields ignored — so that the orders area can add to its event
 * without breaking this consumer, and a malformed event fails here, loudly, at the boundary.
 */
const text = z.string().max(2000).optional();
export const OrderReceiver = z.object({
  name: z.string().max(200).default(""),
  mobile: text,
  phone: text,
  state: text,
  city: text,
  district: text,
  town: text,
  address: z.string().max(2000).default(""),
  zip: text,
});

export const OrderLineForParcels = z.object({
  oid: z.string().min(1).max(40),
  outerSkuId: text,
  title: text,
  skuPropertiesName: text,
  num: z.number().int().min(0).max(100_000).default(1),
  refundStatus: text,
});

const Tid = z.string().regex(/^\d{1,40}$/);

export const OrderForParcels = z.object({
  tid: Tid,
  /** The order's version in the orders area: a snapshot older than one applied is ignored. */
  version: z.number().int().min(0).optional(),
  /** The orders area's status (WAIT_SELLER_SEND_GOODS, allocated…, TRADE_CLOSED, …). */
  status: z.string().max(60).optional(),
  buyerNick: z.string().max(200).default(""),
  /** Absent until the platform has told us where it goes; such an order waits. */
  receiver: OrderReceiver.optional(),
  lines: z.array(OrderLineForParcels).max(500).default([]),
  buyerMessage: text,
  sellerMemo: text,
  sellerFlag: z.number().int().min(0).max(5).optional(),
  /** The order asks to ship on its own, whatever the memo says. */
  noMerge: z.boolean().optional(),
});
export type OrderForParcels = z.output<typeof OrderForParcels>;

/** The intercept reasons the orders area uses ("refund", "address-changed"), onto ours. */
const Reason = z
  .string()
  .transform((r) => (r === "address-changed" || r === "address_change" ? "address_change" : r === "refund" ? "refund" : "other"))
  .pipe(z.enum(INTERCEPT_REASONS));

/** `orders.intercepted`: the order's standing intercepts. */
export const OrderIntercepted = z.object({
  tid: Tid,
  intercepts: z.array(z.object({ id: z.string().max(100).optional(), reason: Reason, at: z.string().max(40).optional() })).max(50),
});

/** `orders.released`: a supervisor lifted the order's intercepts. */
export const OrderReleased = z.object({
  tid: Tid,
  /** The intercepts lifted; none named means all of the order's. */
  interceptIds: z.array(z.string().max(100)).max(50).optional(),
  releasedBy: text,
  /** The orders area says an address change was among them: the label must be reprinted. */
  reprintWaybill: z.boolean().default(false),
  note: text,
});

const ParcelRef = z.object({ parcelId: z.string(), tids: z.array(z.string()) });

export const Events = {
  /** A parcel was made for paid orders (ready, or waiting for stock). The warehouse allocates from these. */
  Created: defineEvent(
    "packing.parcel-created",
    ParcelRef.extend({
      awaitingStock: z.boolean(),
      lines: z.array(z.object({ tid: z.string(), oid: z.string(), sku: z.string(), quantity: z.number() })),
    }),
  ),
  /** Orders joined or left a parcel, its lines or receiver changed, or it was cancelled. */
  Changed: defineEvent("packing.parcel-changed", ParcelRef.extend({ state: z.enum(STATES), change: z.string() })),
  StateChanged: defineEvent("packing.parcel-state-changed", ParcelRef.extend({ from: z.enum(STATES), to: z.enum(STATES) })),
  WaybillAssigned: defineEvent(
    "packing.waybill-assigned",
    ParcelRef.extend({ number: z.string(), carrier: z.enum(CARRIERS), replaced: z.string().optional() }),
  ),
  Intercepted: defineEvent("packing.parcel-intercepted", ParcelRef.extend({ tid: z.string(), reason: z.enum(INTERCEPT_REASONS) })),
  Released: defineEvent("packing.parcel-released", ParcelRef.extend({ tid: z.string(), reprintRequired: z.boolean() })),
};
