import type { Consumer } from "@dianwu/core/bus";
import { OrderEvents, ShopInbox } from "@dianwu/core/orders";

/** A shop platform message the webhook stored: complete it from the trade source and apply it to its order. */
export const ordersApply: Consumer = async (event) => {
  const { detail } = OrderEvents.MessageReceived.parse(event);
  await ShopInbox.process(detail.messageId);
};
