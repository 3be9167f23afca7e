import type { Consumer } from "@dianwu/core/bus";
import { OrderIntercepted, OrderReleased, Parcel } from "@dianwu/core/packing";

/** orders.intercepted stops the order's parcels; orders.released frees them (and asks for a reprint). */
export const parcelsIntercept: Consumer = async (event) => {
  if (event["detail-type"] === "orders.released") {
    const { tid, note, reprintWaybill } = OrderReleased.parse(event.detail);
    await Parcel.release(tid, { note, reprint: reprintWaybill });
    return;
  }
  const { tid, intercepts } = OrderIntercepted.parse(event.detail);
  for (const { reason, at } of intercepts) await Parcel.intercept(tid, reason, undefined, at ?? event.time);
};
