import * as z from "zod";
import { Count, Money, PlatformId } from "./platform";
import type { OrderMessage, OrderStatus, RefundPhase } from "./rules";
import { parseTrade, receiverOf, type Trade } from "./trade";

/**
 * What each message topic of the shop platform means for an order. TMC messages carry ids and a
 * few fields; a full trade comes from the trade source (or embedded in the content, locally).
 */
export interface ShopMessage {
  messageId: string;
  topic: string;
  /** pub_time converted to UTC. */
  publishedAt: string;
  content: Record<string, unknown>;
}

interface TopicMeaning {
  status?: OrderStatus;
  closed?: boolean;
  memo?: boolean;
  addressChanged?: boolean;
  refund?: RefundPhase;
}

export const TOPICS: Record<string, TopicMeaning> = {
  taobao_trade_TradeCreate: { status: "WAIT_BUYER_PAY" },
  taobao_trade_TradeBuyerPay: { status: "WAIT_SELLER_SEND_GOODS" },
  taobao_trade_TradeMemoModified: { memo: true },
  taobao_trade_TradeLogisticsAddressChanged: { addressChanged: true },
  taobao_trade_TradeSellerShip: { status: "WAIT_BUYER_CONFIRM_GOODS" },
  taobao_trade_TradeSuccess: { status: "TRADE_FINISHED" },
  taobao_trade_TradeClose: { closed: true },
  taobao_trade_TradeChanged: {},
  taobao_refund_RefundCreated: { refund: "requested" },
  taobao_refund_RefundSellerAgreeAgreement: { refund: "agreed" },
  taobao_refund_RefundSuccess: { refund: "success" },
  taobao_refund_RefundClosed: { refund: "closed" },
};

export function isKnownTopic(topic: string) {
  return Object.hasOwn(TOPICS, topic);
}

const optionalText = z.preprocess((v) => (v === null ? undefined : v), z.union([z.string(), z.number()]).transform(String).optional());

const Content = z.object({
  tid: PlatformId,
  oid: PlatformId.optional(),
  buyer_nick: optionalText,
  seller_memo: z.string().nullish(),
  seller_flag: Count.pipe(z.number().int().min(0).max(5)).optional(),
  action_type: optionalText,
  refund_id: PlatformId.optional(),
  refund_fee: Money.optional(),
  receiver_name: optionalText,
  receiver_mobile: optionalText,
  receiver_phone: optionalText,
  receiver_state: optionalText,
  receiver_city: optionalText,
  receiver_district: optionalText,
  receiver_town: optionalText,
  receiver_address: optionalText,
  receiver_zip: optionalText,
  /** A full trade in TOP's shape, embedded by our local runtime, tests and benchmarks. */
  trade: z.unknown().optional(),
});

export type Interpretation =
  | { kind: "order"; tid: string; embeddedTrade?: Trade; facts: Omit<OrderMessage, "trade"> }
  | { kind: "ignored"; reason: string };

/** The tid of a message's content, if it has one (for storing the message by order). */
export function tidOf(content: Record<string, unknown>): string | undefined {
  const parsed = PlatformId.safeParse(content.tid);
  return parsed.success ? parsed.data : undefined;
}

/** A message's facts for the reducer, before any completion from a trade source. */
export function interpret(message: ShopMessage): Interpretation {
  const meaning = TOPICS[message.topic];
  if (!meaning) return { kind: "ignored", reason: `topic ${message.topic} is not handled` };
  const parsed = Content.safeParse(message.content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { kind: "ignored", reason: `content.${issue.path.join(".")}: ${issue.message}` };
  }
  const c = parsed.data;
  let embeddedTrade: Trade | undefined;
  if (c.trade !== undefined) {
    const trade = parseTrade(c.trade);
    if (!trade.success) {
      const issue = trade.error.issues[0]!;
      return { kind: "ignored", reason: `content.trade.${issue.path.join(".")}: ${issue.message}` };
    }
    if (trade.data.tid !== c.tid) return { kind: "ignored", reason: "content.trade.tid differs from content.tid" };
    embeddedTrade = trade.data;
  }

  const facts: Omit<OrderMessage, "trade"> = { id: message.messageId, tid: c.tid, at: message.publishedAt, topic: message.topic };
  if (meaning.status) facts.status = meaning.status;
  if (meaning.closed) facts.closed = true;
  if (c.buyer_nick) facts.buyerNick = c.buyer_nick;
  if (meaning.memo) {
    // A deleted memo may arrive without the field; the action says so.
    const deleted = /delete/i.test(c.action_type ?? "");
    if (c.seller_memo !== undefined || deleted) facts.memo = deleted ? "" : (c.seller_memo ?? "");
    if (c.seller_flag !== undefined) facts.flag = c.seller_flag;
  }
  if (meaning.addressChanged) {
    facts.intercept = "address-changed";
    const receiver = receiverOf(c);
    if (receiver) facts.receiver = receiver;
  }
  if (meaning.refund) {
    if (!c.refund_id) return { kind: "ignored", reason: "content.refund_id: required for refund messages" };
    facts.refund = { refundId: c.refund_id, phase: meaning.refund };
    if (c.oid) facts.refund.oid = c.oid;
    if (c.refund_fee !== undefined) facts.refund.feeFen = c.refund_fee;
    if (meaning.refund === "requested") facts.intercept = "refund";
  }
  return { kind: "order", tid: c.tid, embeddedTrade, facts };
}

/** The reducer's input: the message's facts plus the full trade, when one is known. */
export function toOrderMessage(interpretation: Extract<Interpretation, { kind: "order" }>, trade?: Trade): OrderMessage {
  const full = trade ?? interpretation.embeddedTrade;
  return full ? { ...interpretation.facts, trade: full } : { ...interpretation.facts };
}
