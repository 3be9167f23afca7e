import * as z from "zod";
import { defineEvent } from "../bus/event";
import { REFUND_STATUSES } from "./trade";

/**
 * What the orders area tells the others. Parcel matching consumes paid/changed/intercepted/released;
 * `version` is the order's version, so a consumer that sees an older version after a newer one
 * (events are not ordered) can ignore it.
 */
export const ReceiverPayload = z.object({
  name: z.string(),
  mobile: z.string().optional(),
  phone: z.string().optional(),
  state: z.string().optional(),
  city: z.string().optional(),
  district: z.string().optional(),
  town: z.string().optional(),
  address: z.string(),
  zip: z.string().optional(),
  /** Regions + street, normalised as parcel matching normalises them (no name or phone). */
  normalisedAddress: z.string(),
});

export const OrderPayload = z.object({
  tid: z.string(),
  version: z.number().int(),
  status: z.string(),
  buyerNick: z.string(),
  receiver: ReceiverPayload.optional(),
  lines: z.array(
    z.object({
      oid: z.string(),
      outerSkuId: z.string().optional(),
      title: z.string().optional(),
      skuPropertiesName: z.string().optional(),
      num: z.number().int(),
      refundStatus: z.enum(REFUND_STATUSES),
      added: z.boolean(),
    }),
  ),
  paidAt: z.string().optional(),
  sellerMemo: z.string().optional(),
  sellerFlag: z.number().int(),
  buyerMessage: z.string().optional(),
  intercepted: z.boolean(),
});
export type OrderPayload = z.infer<typeof OrderPayload>;

export const Events = {
  /** The webhook stored a message; the orders-apply consumer applies it. */
  MessageReceived: defineEvent("orders.message-received", z.object({ messageId: z.string() })),
  /** The order was paid: the warehouse can plan it. */
  Paid: defineEvent("orders.paid", OrderPayload),
  /** A paid order changed in what the warehouse cares about (status, receiver, lines, refunds, memo, flag). */
  Changed: defineEvent("orders.changed", OrderPayload.extend({ changes: z.array(z.string()) })),
  /** A refund request or address change stopped the order's parcel; it stays stopped until released. */
  Intercepted: defineEvent(
    "orders.intercepted",
    z.object({
      tid: z.string(),
      version: z.number().int(),
      intercepts: z.array(z.object({ id: z.string(), reason: z.enum(["refund", "address-changed"]), at: z.string() })),
    }),
  ),
  /** Intercepts lifted: by a supervisor, or because the news that the goods had already left arrived. */
  Released: defineEvent(
    "orders.released",
    z.object({
      tid: z.string(),
      version: z.number().int(),
      interceptIds: z.array(z.string()),
      releasedBy: z.string(),
      /** An address change among them: print a new waybill for the new receiver. */
      reprintWaybill: z.boolean(),
      receiver: ReceiverPayload.optional(),
      note: z.string().optional(),
    }),
  ),
  /** A chunk of a bulk import is ready for the orders-import consumer. */
  ImportChunk: defineEvent("orders.import-chunk", z.object({ jobId: z.string(), chunkNo: z.number().int().min(0) })),
};
