import { withActor, type Actor } from "@dianwu/core/actor";
import { Order, ShopInbox } from "@dianwu/core/orders";
import { tmcBody, tradeStory, type StoryOptions, type TmcMessage } from "../testing/orders";

/**
 * The demo shop's orders, in every state the console shows: unpaid (due, chased, overdue), paid with
 * the CS agent's number in the memo, intercepted by a refund request and by an address change,
 * refunded, shipped, finished and closed. They enter as the shop platform's messages through the
 * same inbox and reducer as real ones; staff actions go through the order service as demo staff.
 */
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);
const DAY = 24;

const STORIES: (StoryOptions & { label: string })[] = [
  { label: "unpaid, just placed", pay: false, start: hoursAgo(1), buyerNick: "tb_小鱼" },
  { label: "unpaid, chased", pay: false, start: hoursAgo(7), buyerNick: "tb_阿杰" },
  { label: "unpaid, past the chase deadline", pay: false, start: hoursAgo(14), buyerNick: "tb_木子" },
  { label: "paid, credited to 1011", start: hoursAgo(5), memo: "#1011 已核对尺码", flag: 1, buyerNick: "tb_晴天" },
  { label: "paid, two lines, credited to 1012", start: hoursAgo(4), memo: "工号1012", flag: 1, buyerNick: "tb_晴天", lines: [
    { outerSkuId: "DW-TEE-RED-M", title: "纯棉T恤", skuPropertiesName: "颜色:红色;尺码:M", num: 2, priceFen: 5900 },
    { outerSkuId: "DW-JEANS-30", title: "直筒牛仔裤", skuPropertiesName: "腰围:30", num: 1, priceFen: 15900 },
  ] },
  { label: "paid, handled by the warehouse (yellow flag)", start: hoursAgo(9), memo: "#1011 仓1023", flag: 2, buyerNick: "tb_大橙子" },
  { label: "intercepted: refund requested", start: hoursAgo(6), memo: "#1011", flag: 1, refund: "requested", buyerNick: "tb_南风" },
  { label: "intercepted: address changed after payment", start: hoursAgo(3), memo: "#1012", flag: 1, addressChange: true, buyerNick: "tb_北岛" },
  { label: "part refunded, released, shipped", start: hoursAgo(2 * DAY), memo: "#1012", flag: 1, refund: "success", ship: true, buyerNick: "tb_星星", lines: [
    { outerSkuId: "DW-DRESS-S", title: "碎花连衣裙", skuPropertiesName: "尺码:S", num: 1, priceFen: 19900 },
    { outerSkuId: "DW-HOODIE-XL", title: "连帽卫衣", skuPropertiesName: "尺码:XL", num: 1, priceFen: 12900 },
  ] },
  { label: "shipped", start: hoursAgo(3 * DAY), memo: "#1011", flag: 1, ship: true, buyerNick: "tb_远方" },
  { label: "finished", start: hoursAgo(10 * DAY), memo: "#1010", flag: 1, finish: true, buyerNick: "tb_老顾客" },
  { label: "closed unpaid", start: hoursAgo(2 * DAY), closeUnpaid: true, buyerNick: "tb_路过" },
  { label: "closed after a full refund", start: hoursAgo(4 * DAY), memo: "#1012", flag: 1, refund: "success", refundAll: true, buyerNick: "tb_改主意" },
];

const PLATFORM: Actor = { type: "platform", name: "taobao" };
const SUPERVISOR: Actor = { type: "staff", staffNo: "1020", roles: ["warehouse_supervisor"] };
const agent = (staffNo: string): Actor => ({ type: "staff", staffNo, roles: ["cs_presale"] });

/** Stored by the inbox and applied at once (the bus's own delivery then finds it applied). */
const deliver = (messages: TmcMessage[]) =>
  withActor(PLATFORM, async () => {
    for (const message of messages) {
      const { messageId } = await ShopInbox.receive(tmcBody(message));
      await ShopInbox.process(messageId);
    }
  });

export async function loadOrders() {
  const tids: Record<string, string> = {};
  for (const { label, ...options } of STORIES) {
    const story = tradeStory({ stepMinutes: 12, ...options });
    const tid = String(story.tid);
    tids[label] = tid;
    const shipped = story.messages.findIndex((m) => m.topic === "taobao_trade_TradeSellerShip");
    if (options.refund === "success" && shipped >= 0) {
      // The refunded line came out of the parcel; the supervisor let the rest go before it shipped.
      await deliver(story.messages.slice(0, shipped));
      await withActor(SUPERVISOR, () => Order.release(tid, { note: "退款商品已取出，其余照常发货" }));
      await deliver(story.messages.slice(shipped));
    } else {
      await deliver(story.messages);
    }
  }
  await withActor(agent("1011"), () => Order.recordChase(tids["unpaid, chased"]!, { result: "will_pay", note: "顾客说今晚付款" }));
  await withActor(agent("1012"), () =>
    Order.addItems(tids["paid, credited to 1011"]!, { lines: [{ outerSkuId: "DW-SOCKS-3", title: "船袜三双装", num: 1, priceFen: 2500 }], note: "顾客加购袜子" }),
  );
  await withActor(agent("1012"), () => Order.markRead(tids["paid, two lines, credited to 1012"]!));
}
