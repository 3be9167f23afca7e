import { randomInt } from "node:crypto";
import { signWebhook } from "@dianwu/functions/webhook/signature";
import { TEST_SECRETS } from "./table";

/**
 * Factories for shop platform messages as TMC sends them: int64 ids written as bare JSON numbers
 * (they exceed 2^53, so they are built as BigInt and written into the text by hand), times in
 * GMT+8 without a zone, money as yuan strings, the content as a JSON string inside the JSON, and
 * the full trade embedded in the content (read by the embedded trade source).
 */

/** Unique int64 ids above 2^53 for this process. */
let nextId = 4_200_000_000_000_000_000n + BigInt(randomInt(0, 2 ** 40)) * 1_000n;
export const newPlatformId = () => (nextId += 7n);

/** JSON text in which BigInt values are written as bare numbers, as TMC and TOP write int64 ids. */
export function jsonWithInt64(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? `__int64__${v}` : v)).replace(/"__int64__(\d+)"/g, "$1");
}

/** "YYYY-MM-DD HH:mm:ss" in GMT+8. */
export function platformTime(date: Date) {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

export interface LineSpec {
  oid?: bigint;
  outerSkuId: string;
  title?: string;
  skuPropertiesName?: string;
  num: number;
  priceFen: number;
}

export interface TradeSpec {
  tid: bigint;
  buyerNick: string;
  receiver: { name: string; mobile: string; state: string; city: string; district: string; address: string; zip?: string };
  lines: (LineSpec & { oid: bigint; refundStatus?: string })[];
  postFeeFen: number;
  status: string;
  created: Date;
  paid?: Date;
  consigned?: Date;
  ended?: Date;
  modified: Date;
  sellerMemo?: string;
  sellerFlag?: number;
  buyerMessage?: string;
}

/** The trade in TOP's fullinfo shape (ids as BigInt, to be written with jsonWithInt64). */
export function topTrade(t: TradeSpec) {
  const paymentFen = t.lines.reduce((sum, l) => sum + (l.refundStatus === "SUCCESS" ? 0 : l.priceFen * l.num), 0) + t.postFeeFen;
  return {
    tid: t.tid,
    status: t.status,
    buyer_nick: t.buyerNick,
    receiver_name: t.receiver.name,
    receiver_mobile: t.receiver.mobile,
    receiver_state: t.receiver.state,
    receiver_city: t.receiver.city,
    receiver_district: t.receiver.district,
    receiver_address: t.receiver.address,
    receiver_zip: t.receiver.zip ?? "",
    buyer_message: t.buyerMessage ?? "",
    seller_memo: t.sellerMemo ?? "",
    seller_flag: t.sellerFlag ?? 0,
    created: platformTime(t.created),
    pay_time: t.paid ? platformTime(t.paid) : "",
    consign_time: t.consigned ? platformTime(t.consigned) : "",
    end_time: t.ended ? platformTime(t.ended) : "",
    modified: platformTime(t.modified),
    payment: yuan(paymentFen),
    post_fee: yuan(t.postFeeFen),
    total_fee: yuan(paymentFen - t.postFeeFen),
    orders: {
      order: t.lines.map((l) => ({
        oid: l.oid,
        outer_sku_id: l.outerSkuId,
        title: l.title ?? l.outerSkuId,
        sku_properties_name: l.skuPropertiesName ?? "",
        num: l.num,
        price: yuan(l.priceFen),
        payment: yuan(l.priceFen * l.num),
        refund_status: l.refundStatus ?? "NO_REFUND",
      })),
    },
  };
}

export interface TmcMessage {
  id: bigint;
  topic: string;
  pubTime: Date;
  content: Record<string, unknown>;
}

/** The webhook body of a message: the content is a JSON string inside the JSON, ids are bare numbers. */
export function tmcBody(m: TmcMessage, sellerNick = "演示店铺") {
  return jsonWithInt64({ id: m.id, topic: m.topic, pub_time: platformTime(m.pubTime), user_nick: sellerNick, content: jsonWithInt64(m.content) });
}

/** Headers for a signed webhook call. */
export function signedHeaders(body: string, secret = TEST_SECRETS.webhookSecret, timestamp?: number) {
  return { "content-type": "application/json", "x-dianwu-signature": signWebhook(secret, body, timestamp) };
}

export interface StoryOptions {
  tid?: bigint;
  buyerNick?: string;
  start?: Date;
  /** Minutes between one event of the story and the next. */
  stepMinutes?: number;
  lines?: LineSpec[];
  /** The CS agent's memo (staff number) and flag, written after payment. */
  memo?: string;
  flag?: number;
  buyerMessage?: string;
  pay?: boolean;
  /** Never paid, closed by the platform. */
  closeUnpaid?: boolean;
  addressChange?: boolean;
  /** A refund of the first line: requested only, agreed, or completed. */
  refund?: "requested" | "agreed" | "success";
  /** After a completed refund of every line, the trade closes. */
  refundAll?: boolean;
  ship?: boolean;
  finish?: boolean;
  receiver?: TradeSpec["receiver"];
}

const SKUS = ["DW-TEE-RED-M", "DW-TEE-RED-L", "DW-TEE-BLK-M", "DW-JEANS-30", "DW-DRESS-S", "DW-HOODIE-XL"];

/**
 * A trade's messages in the order the platform sends them, each embedding the trade as it was at
 * that moment. What happens is chosen by the options; everything else is plausible defaults.
 */
export function tradeStory(options: StoryOptions = {}): { tid: bigint; messages: TmcMessage[] } {
  const tid = options.tid ?? newPlatformId();
  const step = (options.stepMinutes ?? 7) * 60_000;
  let clock = (options.start ?? new Date(Date.now() - 6 * 3600_000)).getTime();
  const tick = () => new Date((clock += step));
  const lines: TradeSpec["lines"] = (options.lines ?? [{ outerSkuId: SKUS[Number(tid % 6n)]!, num: 1 + Number(tid % 3n), priceFen: 9900 }]).map((l) => ({ ...l, oid: l.oid ?? newPlatformId() }));
  const created = new Date(clock);
  const trade: TradeSpec = {
    tid,
    buyerNick: options.buyerNick ?? `买家${tid % 100000n}`,
    receiver: options.receiver ?? { name: "张三", mobile: "13800000000", state: "浙江省", city: "杭州市", district: "西湖区", address: "文三路 90 号", zip: "310000" },
    lines,
    postFeeFen: 1000,
    status: "WAIT_BUYER_PAY",
    created,
    modified: created,
    buyerMessage: options.buyerMessage,
  };
  const messages: TmcMessage[] = [];
  const base = () => ({ tid, buyer_nick: trade.buyerNick, seller_nick: "演示店铺", payment: yuan(lines.reduce((s, l) => s + l.priceFen * l.num, 0)) });
  const emit = (topic: string, at: Date, extra: Record<string, unknown> = {}) => {
    trade.modified = at;
    messages.push({ id: newPlatformId(), topic, pubTime: at, content: { ...base(), ...extra, trade: topTrade(trade) } });
  };

  emit("taobao_trade_TradeCreate", created);
  if (options.closeUnpaid) {
    trade.status = "TRADE_CLOSED_BY_TAOBAO";
    trade.ended = tick();
    emit("taobao_trade_TradeClose", trade.ended);
    return { tid, messages };
  }
  if (options.pay === false) return { tid, messages };
  trade.status = "WAIT_SELLER_SEND_GOODS";
  trade.paid = tick();
  emit("taobao_trade_TradeBuyerPay", trade.paid);
  if (options.memo !== undefined || options.flag !== undefined) {
    trade.sellerMemo = options.memo ?? "";
    trade.sellerFlag = options.flag ?? 1;
    emit("taobao_trade_TradeMemoModified", tick(), { seller_memo: trade.sellerMemo, seller_flag: trade.sellerFlag, action_type: "MODIFY" });
  }
  if (options.addressChange) {
    trade.receiver = { ...trade.receiver, address: "文一西路 969 号", district: "余杭区", zip: "311100" };
    emit("taobao_trade_TradeLogisticsAddressChanged", tick());
  }
  if (options.refund) {
    const refundId = newPlatformId();
    const refunded = options.refundAll ? lines : lines.slice(0, 1);
    const refundContent = (l: (typeof lines)[number]) => ({ oid: l.oid, refund_id: refundId, refund_fee: yuan(l.priceFen * l.num), refund_phase: "onsale" });
    for (const l of refunded) l.refundStatus = "WAIT_SELLER_AGREE";
    emit("taobao_refund_RefundCreated", tick(), refundContent(refunded[0]!));
    if (options.refund === "agreed" || options.refund === "success") {
      for (const l of refunded) l.refundStatus = "WAIT_BUYER_RETURN_GOODS";
      emit("taobao_refund_RefundSellerAgreeAgreement", tick(), refundContent(refunded[0]!));
    }
    if (options.refund === "success") {
      for (const l of refunded) l.refundStatus = "SUCCESS";
      emit("taobao_refund_RefundSuccess", tick(), refundContent(refunded[0]!));
      if (options.refundAll) {
        trade.status = "TRADE_CLOSED";
        trade.ended = tick();
        emit("taobao_trade_TradeClose", trade.ended);
        return { tid, messages };
      }
    }
  }
  if (options.ship || options.finish) {
    trade.status = "WAIT_BUYER_CONFIRM_GOODS";
    trade.consigned = tick();
    emit("taobao_trade_TradeSellerShip", trade.consigned);
  }
  if (options.finish) {
    trade.status = "TRADE_FINISHED";
    trade.ended = tick();
    emit("taobao_trade_TradeSuccess", trade.ended);
  }
  return { tid, messages };
}
