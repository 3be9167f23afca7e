import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  apply,
  applyAll,
  CHASE_RESULTS,
  INTERNAL_STEPS,
  interceptsOf,
  linesOf,
  openIntercepts,
  rankOf,
  REFUND_PHASES,
  statusOf,
  type OrderMessage,
  type OrderState,
} from "./rules";
import type { Trade } from "./trade";

const TID = "4234567890123456789";
const T0 = Date.UTC(2026, 10, 10, 16, 0, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

/* ---- arbitraries: any facts a message can carry, with few distinct times so ties happen ---- */
const time = fc.integer({ min: 0, max: 12 }).map(at);
const PLATFORM_STATUSES = ["WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS", "SELLER_CONSIGNED_PART", "WAIT_BUYER_CONFIRM_GOODS", "TRADE_FINISHED", "TRADE_CLOSED", "TRADE_CLOSED_BY_TAOBAO", "SOMETHING_NEW"];
const receiver = fc.record({
  name: fc.constantFrom("张三", "李四"),
  state: fc.constant("浙江省"),
  city: fc.constant("杭州市"),
  address: fc.constantFrom("文三路 90 号", "文二路 1 号"),
  mobile: fc.constantFrom("13800000000", "13900000000"),
});
const line = fc.record({
  oid: fc.constantFrom("4234567890123456790", "4234567890123456791", "4234567890123456792"),
  outerSkuId: fc.constantFrom("SKU-A", "SKU-B"),
  num: fc.integer({ min: 1, max: 3 }),
  refundStatus: fc.option(fc.constantFrom("NO_REFUND" as const, "WAIT_SELLER_AGREE" as const, "SUCCESS" as const), { nil: undefined }),
});
const trade: fc.Arbitrary<Trade> = fc
  .record({
    status: fc.option(fc.constantFrom(...PLATFORM_STATUSES), { nil: undefined }),
    modifiedAt: fc.option(time, { nil: undefined }),
    createdAt: fc.option(time, { nil: undefined }),
    paidAt: fc.option(time, { nil: undefined }),
    shippedAt: fc.option(time, { nil: undefined }),
    endedAt: fc.option(time, { nil: undefined }),
    buyerNick: fc.option(fc.constantFrom("买家甲", "买家乙"), { nil: undefined }),
    receiver: fc.option(receiver, { nil: undefined }),
    sellerMemo: fc.option(fc.constantFrom("#1023", "工号1011 加急", ""), { nil: undefined }),
    sellerFlag: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    buyerMessage: fc.option(fc.constantFrom("快点发货", "不合单"), { nil: undefined }),
    paymentFen: fc.option(fc.integer({ min: 0, max: 100000 }), { nil: undefined }),
    lines: fc.array(line, { maxLength: 3 }),
  })
  .map((t) => ({ tid: TID, ...t }) as Trade);

const facts = fc.record(
  {
    status: fc.constantFrom("WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_CONFIRM_GOODS", "TRADE_FINISHED" as const),
    closed: fc.constant(true),
    buyerNick: fc.constantFrom("买家甲", "买家乙"),
    trade,
    memo: fc.constantFrom("#1023 红旗", "工号 1011", "仓A7 已处理", ""),
    flag: fc.integer({ min: 0, max: 5 }),
    receiver,
    refund: fc.record({
      refundId: fc.constantFrom("9001", "9002"),
      oid: fc.option(fc.constantFrom("4234567890123456790", "4234567890123456791"), { nil: undefined }),
      phase: fc.constantFrom(...REFUND_PHASES),
      feeFen: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
    }),
    intercept: fc.constantFrom("refund" as const, "address-changed" as const),
    step: fc.constantFrom(...INTERNAL_STEPS),
    chase: fc.record({ by: fc.constantFrom("1011", "1012"), result: fc.constantFrom(...CHASE_RESULTS) }),
    read: fc.record({ by: fc.constantFrom("1011", "1020") }),
    addition: fc.record({
      by: fc.constant("1011"),
      decision: fc.constantFrom("merged" as const, "separate" as const),
      lines: fc.array(fc.record({ outerSkuId: fc.constant("SKU-C"), num: fc.integer({ min: 1, max: 2 }), priceFen: fc.constant(990) }), { minLength: 1, maxLength: 2 }),
    }),
  },
  { requiredKeys: [] },
);

/** A trade's messages with unique ids; releases name intercepts of earlier messages. */
const messages = fc
  .array(fc.tuple(time, facts, fc.boolean()), { minLength: 1, maxLength: 14 })
  .map((list) =>
    list.map(([when, f, releasePrevious], i): OrderMessage => {
      const m: OrderMessage = { id: String(1000 + i), tid: TID, at: when, topic: "test", ...f };
      if (releasePrevious && i > 0) m.release = { interceptIds: [String(1000 + i - 1)], by: "1020", note: "checked" };
      return m;
    }),
  );

/** The messages delivered in another order, some of them more than once. */
const deliveries = messages.chain((list) =>
  fc
    .tuple(
      fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
      fc.array(fc.tuple(fc.nat(list.length - 1), fc.nat()), { maxLength: list.length }),
    )
    .map(([shuffled, dupes]) => {
      const delivered = [...shuffled];
      for (const [which, where] of dupes) delivered.splice(where % (delivered.length + 1), 0, list[which]!);
      return { inOrder: list, delivered };
    }),
);

const views = (o: OrderState) => ({ status: statusOf(o), rank: rankOf(o), intercepts: interceptsOf(o), lines: linesOf(o) });

describe("the order reducer", () => {
  it("any permutation and duplication of a trade's messages ends in the same order as the in-order sequence", () => {
    fc.assert(
      fc.property(deliveries, ({ inOrder, delivered }) => {
        const expected = applyAll(undefined, inOrder)!;
        const actual = applyAll(undefined, delivered)!;
        expect(actual).toEqual(expected);
        expect(views(actual)).toEqual(views(expected));
      }),
      { numRuns: 500 },
    );
  });

  it("never moves backwards: no message lowers the status rank", () => {
    fc.assert(
      fc.property(messages, facts, time, (history, f, when) => {
        const before = applyAll(undefined, history)!;
        const after = apply(before, { id: "9999", tid: TID, at: when, topic: "test", ...f });
        return rankOf(after) >= rankOf(before);
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent: a message applied twice is applied once", () => {
    fc.assert(
      fc.property(messages, (list) => {
        const once = applyAll(undefined, list)!;
        expect(applyAll(once, list)).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a trade's life", () => {
  const snapshot = (status: string, minutes: number, extra: Partial<Trade> = {}): Trade =>
    ({
      tid: TID,
      status,
      modifiedAt: at(minutes),
      createdAt: at(0),
      buyerNick: "买家甲",
      receiver: { name: "张三", state: "浙江省", city: "杭州市", district: "西湖区", address: "文三路 90 号", mobile: "13800000000" },
      lines: [{ oid: "4234567890123456790", outerSkuId: "SKU-A", num: 2, priceFen: 9900, paymentFen: 19800 }],
      ...extra,
    }) as Trade;
  const msg = (id: string, minutes: number, f: Partial<OrderMessage>): OrderMessage => ({ id, tid: TID, at: at(minutes), topic: "test", ...f });

  it("walks from unpaid through our steps to finished, whatever the delivery order", () => {
    const story = [
      msg("1", 0, { status: "WAIT_BUYER_PAY", trade: snapshot("WAIT_BUYER_PAY", 0) }),
      msg("2", 5, { status: "WAIT_SELLER_SEND_GOODS", trade: snapshot("WAIT_SELLER_SEND_GOODS", 5, { paidAt: at(5) }) }),
      msg("3", 30, { step: "allocated" }),
      msg("4", 40, { step: "picking" }),
      msg("5", 50, { step: "packed" }),
      msg("6", 60, { step: "handed_to_carrier" }),
      msg("7", 70, { status: "WAIT_BUYER_CONFIRM_GOODS" }),
      msg("8", 9000, { status: "TRADE_FINISHED" }),
    ];
    const statuses = story.map((_, i) => statusOf(applyAll(undefined, story.slice(0, i + 1))!));
    expect(statuses).toEqual([
      "WAIT_BUYER_PAY",
      "WAIT_SELLER_SEND_GOODS",
      "allocated",
      "picking",
      "packed",
      "handed_to_carrier",
      "WAIT_BUYER_CONFIRM_GOODS",
      "TRADE_FINISHED",
    ]);
    // A late "paid" after "packed" leaves it packed.
    const late = applyAll(undefined, [story[0]!, story[4]!, story[1]!])!;
    expect(statusOf(late)).toBe("packed");
    expect(late.paidAt).toBe(at(5));
  });

  it("tells a close before payment from a close after a full refund", () => {
    expect(statusOf(applyAll(undefined, [msg("1", 0, { status: "WAIT_BUYER_PAY" }), msg("2", 60, { closed: true })])!)).toBe("TRADE_CLOSED_BY_TAOBAO");
    expect(statusOf(applyAll(undefined, [msg("2", 60, { closed: true }), msg("1", 5, { status: "WAIT_SELLER_SEND_GOODS" })])!)).toBe("TRADE_CLOSED");
  });

  it("keeps refunds per line and lets no late message reopen a finished refund", () => {
    const oid = "4234567890123456790";
    const order = applyAll(undefined, [
      msg("1", 5, { status: "WAIT_SELLER_SEND_GOODS", trade: snapshot("WAIT_SELLER_SEND_GOODS", 5) }),
      msg("3", 20, { refund: { refundId: "77", oid, phase: "success", feeFen: 9900 } }),
      msg("2", 10, { refund: { refundId: "77", oid, phase: "requested", feeFen: 9900 }, intercept: "refund" }),
    ])!;
    expect(linesOf(order).map((l) => [l.oid, l.refundStatus])).toEqual([[oid, "SUCCESS"]]);
  });

  it("intercepts a refund request before handover until a supervisor releases it", () => {
    const paid = msg("1", 5, { status: "WAIT_SELLER_SEND_GOODS", trade: snapshot("WAIT_SELLER_SEND_GOODS", 5, { paidAt: at(5) }) });
    const refund = msg("2", 10, { refund: { refundId: "77", phase: "requested" }, intercept: "refund" });
    const intercepted = applyAll(undefined, [paid, refund])!;
    expect(openIntercepts(intercepted).map((i) => [i.id, i.reason])).toEqual([["2", "refund"]]);
    const released = apply(intercepted, msg("3", 15, { release: { interceptIds: ["2"], by: "1020", note: "buyer withdrew" } }));
    expect(interceptsOf(released)).toEqual([{ id: "2", reason: "refund", at: at(10), state: "released", releasedAt: at(15), releasedBy: "1020", note: "buyer withdrew" }]);
  });

  it("does not intercept what was handed to the carrier before the request, even when that news arrives later", () => {
    const paid = msg("1", 5, { status: "WAIT_SELLER_SEND_GOODS" });
    const refund = msg("2", 90, { refund: { refundId: "77", phase: "requested" }, intercept: "refund" });
    const handed = msg("3", 60, { step: "handed_to_carrier" });
    expect(openIntercepts(applyAll(undefined, [paid, refund])!)).toHaveLength(1);
    expect(interceptsOf(applyAll(undefined, [paid, refund, handed])!).map((i) => i.state)).toEqual(["too-late"]);
  });

  it("a trade that closes (fully refunded) ends its intercepts: there is no parcel left to release", () => {
    const order = applyAll(undefined, [
      msg("1", 5, { status: "WAIT_SELLER_SEND_GOODS" }),
      msg("2", 10, { refund: { refundId: "77", phase: "requested" }, intercept: "refund" }),
      msg("3", 20, { refund: { refundId: "77", phase: "success" } }),
      msg("4", 30, { closed: true }),
    ])!;
    expect(statusOf(order)).toBe("TRADE_CLOSED");
    expect(interceptsOf(order).map((i) => i.state)).toEqual(["order-closed"]);
  });

  it("an address change before payment needs no intercept; after payment it does", () => {
    const created = msg("1", 0, { status: "WAIT_BUYER_PAY" });
    const change = (id: string, minutes: number) => msg(id, minutes, { intercept: "address-changed" });
    const paid = msg("3", 20, { status: "WAIT_SELLER_SEND_GOODS" });
    const order = applyAll(undefined, [created, change("2", 10), paid, change("4", 30)])!;
    expect(interceptsOf(order).map((i) => [i.id, i.state])).toEqual([
      ["2", "not-needed"],
      ["4", "open"],
    ]);
  });

  it("keeps the memo's history and its latest text and flag", () => {
    const order = applyAll(undefined, [
      msg("2", 20, { memo: "#1023 加急", flag: 1 }),
      msg("1", 10, { memo: "#1023", flag: 1 }),
      msg("3", 30, { memo: "#1023 加急 仓A7", flag: 2 }),
    ])!;
    expect(order.memo?.value).toBe("#1023 加急 仓A7");
    expect(order.flag?.value).toBe(2);
    expect(order.memoHistory.map((h) => h.memo)).toEqual(["#1023", "#1023 加急", "#1023 加急 仓A7"]);
  });
});
