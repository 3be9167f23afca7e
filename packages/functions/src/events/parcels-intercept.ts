import type { Consumer } from "@dianwu/core/bus";
import { OrderIntercepted, OrderReleased, Parcel } from "@dianwu/core/packing";

/** orders.intercepted stops the order's parcels; orders.released frees them (and asks for a reprint). */
export const parcelsIntercept: Consumer = async (event) => {
  if (event["detail-type"] === "orders.released") {
    const { tid, note, reprintWaybill, interceptIds } = OrderReleased.parse(event.detail);
    await Parcel.release(tid, { note, reprint: reprintWaybill, interceptIds });
    return;
  }
  const { tid, intercepts } = OrderIntercepted.parse(event.detail);
  for (const { id, reason, at } of intercepts) await Parcel.intercept(tid, reason, { id, at: at ?? event.time });
};
