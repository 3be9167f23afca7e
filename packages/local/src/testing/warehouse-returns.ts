import { Return } from "@dianwu/core/warehouse";
import { asStaff } from "./warehouse";

/** Returns test data (退货): parcels taken in the way the warehouse takes them in. */
let sequence = 0;

/**
 * A returned parcel taken in by a receiver (by waybill), `qty` pieces of `skuId` in the given
 * condition; a damaged package (counted in front of the courier) makes an anomaly for customer
 * service.
 */
export async function makeReturn(
  skuId: string,
  overrides: Partial<{ waybillNo: string; orderId: string; packageCondition: "intact" | "damaged" | "opened"; condition: "good" | "repairable" | "irreparable"; qty: number }> = {},
) {
  const packageCondition = overrides.packageCondition ?? "damaged";
  return asStaff(["receiver"], () =>
    Return.receive({
      waybillNo: overrides.waybillNo ?? `RT${Date.now().toString(36).toUpperCase()}${++sequence}`,
      orderId: overrides.orderId,
      packageCondition,
      countedWithCourier: packageCondition === "damaged",
      items: [{ skuId, qty: overrides.qty ?? 1, condition: overrides.condition ?? "good" }],
    }),
  );
}
