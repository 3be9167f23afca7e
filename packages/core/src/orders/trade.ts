import * as z from "zod";
import { Count, Money, PlatformId, PlatformTime } from "./platform";

/**
 * A trade as `taobao.trade.fullinfo.get` returns it (and as our own test and local messages embed
 * it), converted into our shape: camelCase, money in fen, times in UTC, ids as exact strings.
 * Unknown fields are dropped; empty strings count as absent (TOP sends "" for unset text).
 */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const text = z.preprocess(blankToUndefined, z.union([z.string(), z.number()]).transform((v) => String(v).trim()).optional());
const time = z.preprocess(blankToUndefined, PlatformTime.optional());
const money = z.preprocess(blankToUndefined, Money.optional());

export const REFUND_STATUSES = [
  "NO_REFUND",
  "WAIT_SELLER_AGREE",
  "WAIT_BUYER_RETURN_GOODS",
  "WAIT_SELLER_CONFIRM_GOODS",
  "SELLER_REFUSE_BUYER",
  "CLOSED",
  "SUCCESS",
] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

const TopOrder = z
  .object({
    oid: PlatformId,
    outer_sku_id: text,
    outer_iid: text,
    title: text,
    sku_properties_name: text,
    num: z.preprocess(blankToUndefined, Count.optional()),
    price: money,
    payment: money,
    refund_status: z.preprocess(blankToUndefined, z.string().optional()),
  })
  .transform((o) => ({
    oid: o.oid,
    // The merchant's SKU code (商家编码) is our SKU; a listing without SKUs carries it as outer_iid.
    outerSkuId: o.outer_sku_id ?? o.outer_iid,
    title: o.title,
    skuPropertiesName: o.sku_properties_name,
    num: o.num ?? 1,
    priceFen: o.price,
    paymentFen: o.payment,
    refundStatus: (REFUND_STATUSES as readonly string[]).includes(o.refund_status ?? "") ? (o.refund_status as RefundStatus) : undefined,
  }));

export const TopTrade = z
  .object({
    tid: PlatformId,
    status: z.preprocess(blankToUndefined, z.string().optional()),
    buyer_nick: text,
    receiver_name: text,
    receiver_mobile: text,
    receiver_phone: text,
    receiver_state: text,
    receiver_city: text,
    receiver_district: text,
    receiver_town: text,
    receiver_address: text,
    receiver_zip: text,
    buyer_message: text,
    seller_memo: z.preprocess((v) => (v === null ? undefined : v), z.string().optional()),
    seller_flag: z.preprocess(blankToUndefined, Count.pipe(z.number().int().min(0).max(5)).optional()),
    created: time,
    pay_time: time,
    modified: time,
    consign_time: time,
    end_time: time,
    payment: money,
    post_fee: money,
    total_fee: money,
    // TOP's JSON wraps the list ({"orders": {"order": [...]}}); some exports give the bare list.
    orders: z.preprocess(
      (v) => (v && typeof v === "object" && !Array.isArray(v) && "order" in v ? (v as { order: unknown }).order : v),
      z.array(TopOrder).optional(),
    ),
  })
  .transform((t) => ({
    tid: t.tid,
    status: t.status,
    buyerNick: t.buyer_nick,
    receiver: receiverOf(t),
    buyerMessage: t.buyer_message,
    sellerMemo: t.seller_memo,
    sellerFlag: t.seller_flag,
    createdAt: t.created,
    paidAt: t.pay_time,
    modifiedAt: t.modified,
    shippedAt: t.consign_time,
    endedAt: t.end_time,
    paymentFen: t.payment,
    postFeeFen: t.post_fee,
    totalFeeFen: t.total_fee,
    lines: t.orders ?? [],
  }));

export type Trade = z.output<typeof TopTrade>;
export type TradeLine = Trade["lines"][number];

export const Receiver = z.object({
  name: z.string(),
  mobile: z.string().optional(),
  phone: z.string().optional(),
  state: z.string().optional(),
  city: z.string().optional(),
  district: z.string().optional(),
  town: z.string().optional(),
  address: z.string(),
  zip: z.string().optional(),
});
export type Receiver = z.infer<typeof Receiver>;

/** The receiver fields of a TOP object (a trade, or an address-change message that carries them). */
export function receiverOf(t: {
  receiver_name?: string;
  receiver_mobile?: string;
  receiver_phone?: string;
  receiver_state?: string;
  receiver_city?: string;
  receiver_district?: string;
  receiver_town?: string;
  receiver_address?: string;
  receiver_zip?: string;
}): Receiver | undefined {
  if (t.receiver_name === undefined && t.receiver_address === undefined) return undefined;
  return {
    name: t.receiver_name ?? "",
    mobile: t.receiver_mobile,
    phone: t.receiver_phone,
    state: t.receiver_state,
    city: t.receiver_city,
    district: t.receiver_district,
    town: t.receiver_town,
    address: t.receiver_address ?? "",
    zip: t.receiver_zip,
  };
}

/** Parses a TOP trade object; undefined (with the zod error) when it does not look like one. */
export function parseTrade(value: unknown) {
  return TopTrade.safeParse(value);
}
