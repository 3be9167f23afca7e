import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Order, ShopInbox } from "@dianwu/core/orders";
import { Settings } from "@dianwu/core/settings";
import { useTestTable } from "@dianwu/local/testing/table";
import { tmcBody, tradeStory, type TmcMessage } from "@dianwu/local/testing/orders";
import { SYSTEM } from "@dianwu/local/testing/factories";

/** The sale follows the staff number in the seller memo (RULES.md §2: no number, no credit). */
let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
beforeAll(async () => {
  ({ bus } = await useTestTable());
});

async function deliver(...messages: TmcMessage[]) {
  await withActor({ type: "platform", name: "taobao" }, async () => {
    for (const m of messages) await ShopInbox.receive(tmcBody(m));
  });
  await bus.drain();
}

/** A memo change after the story, as the platform sends it (TradeMemoModified with the fields). */
function memoMessage(base: TmcMessage, minutesLater: number, memo: string, flag: number): TmcMessage {
  const trade = { ...(base.content.trade as Record<string, unknown>), seller_memo: memo, seller_flag: flag };
  const pubTime = new Date(base.pubTime.getTime() + minutesLater * 60_000);
  return { id: base.id + BigInt(1000 + minutesLater), topic: "taobao_trade_TradeMemoModified", pubTime, content: { ...base.content, seller_memo: memo, seller_flag: flag, trade: { ...trade, modified: undefined } } };
}

describe("sale credits", () => {
  // Paid at 00:30 on 1 December in Shanghai, which is still 30 November in UTC: the month is the shop's.
  const start = new Date("2026-11-30T16:23:00Z");

  it("credits the paid sale to the staff number in the memo, in the shop's month of payment", async () => {
    const story = tradeStory({ start, memo: "#1011 已核对", flag: 1 });
    await deliver(...story.messages);
    const december = await Order.credits({ staffNo: "1011", month: "2026-12" });
    expect(december.items.map((i) => i.tid)).toContain(String(story.tid));
    expect((await Order.credits({ staffNo: "1011", month: "2026-11" })).items.map((i) => i.tid)).not.toContain(String(story.tid));
    const order = await Order.fromTid(String(story.tid));
    expect(order).toMatchObject({ creditedStaffNo: "1011", sellerFlag: 1, flagName: "red" });
    expect(december.salesFen).toBe(december.items.filter((i) => !i.void).reduce((s, i) => s + i.paymentFen, 0));
  });

  it("follows the memo: another number moves the credit, no number removes it; the history keeps every memo", async () => {
    const story = tradeStory({ start, memo: "#1011", flag: 1 });
    await deliver(...story.messages);
    const last = story.messages.at(-1)!;
    await deliver(memoMessage(last, 10, "#1012 改单", 1));
    expect((await Order.credits({ staffNo: "1011", month: "2026-12" })).items.map((i) => i.tid)).not.toContain(String(story.tid));
    expect((await Order.credits({ staffNo: "1012", month: "2026-12" })).items.map((i) => i.tid)).toContain(String(story.tid));
    await deliver(memoMessage(last, 20, "加急", 1));
    expect((await Order.credits({ staffNo: "1012", month: "2026-12" })).items.map((i) => i.tid)).not.toContain(String(story.tid));
    const order = await Order.fromTid(String(story.tid));
    expect(order.creditedStaffNo).toBeUndefined();
    expect(order.memoHistory.map((h) => h.memo)).toEqual(["", "#1011", "#1012 改单", "加急"]);
  });

  it("voids the credit when the order closes after a full refund", async () => {
    const story = tradeStory({ start, memo: "#1013", flag: 1, refund: "success", refundAll: true });
    await deliver(...story.messages);
    const credit = (await Order.credits({ staffNo: "1013", month: "2026-12" })).items.find((i) => i.tid === String(story.tid));
    expect(credit?.void).toBe(true);
    expect((await Order.fromTid(String(story.tid))).status).toBe("TRADE_CLOSED");
  });

  it("records the warehouse's handler code with the yellow flag, and reads staff numbers with the shop's own pattern", async () => {
    const story = tradeStory({ start, memo: "客服:77", flag: 1 });
    await deliver(...story.messages);
    await deliver(memoMessage(story.messages.at(-1)!, 5, "客服:77 仓B3", 2));
    expect(await Order.fromTid(String(story.tid))).toMatchObject({ creditedStaffNo: undefined, warehouseMark: { handlerCode: "B3" }, flagName: "yellow" });

    await withActor(SYSTEM, async () => {
      const { settings, version } = await Settings.get();
      await Settings.update({ settings: { ...settings, orders: { ...settings.orders, memoStaffPattern: "客服[:：](\\d{2,6})" } }, version });
    });
    expect((await Order.fromTid(String(story.tid))).creditedStaffNo).toBe("77");
  });
});
