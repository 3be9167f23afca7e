import type { Consumer } from "@dianwu/core/bus";
import { OrderForParcels, ParcelMatching } from "@dianwu/core/packing";

/** orders.paid / orders.changed → the order's parcels: matched, merged, split, emptied or moved. */
export const parcelsMatch: Consumer = async (event) => {
  await ParcelMatching.applyOrder(OrderForParcels.parse(event.detail));
};
