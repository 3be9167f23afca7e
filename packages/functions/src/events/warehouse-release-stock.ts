import type { Consumer } from "@dianwu/core/bus";
import { ParcelEvents } from "@dianwu/core/packing";
import { Stock } from "@dianwu/core/warehouse";
import { withActor } from "@dianwu/core/actor";

/**
 * A parcel that left allocation without being packed (cancelled: every order closed or refunded;
 * back to pending: its lines changed) gives its reserved stock back, so available stock is not
 * held for goods that will never be picked. Releasing is conditional per reservation, so a
 * redelivered event changes nothing.
 */
export const warehouseReleaseStock: Consumer = async (event) => {
  const { detail } = ParcelEvents.StateChanged.parse(event);
  if (detail.from === "pending" || (detail.to !== "cancelled" && detail.to !== "pending")) return;
  await withActor({ type: "system", reason: `parcel ${detail.parcelId} ${detail.to}` }, () => Stock.release(detail.parcelId));
};
