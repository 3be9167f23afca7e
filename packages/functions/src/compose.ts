import { setStockAvailability } from "@dianwu/core/packing";
import { Stock } from "@dianwu/core/warehouse";

/**
 * Joins the areas where one asks another a question at run time, once per process (the local
 * runtime and every Lambda container call it): parcel matching asks the warehouse how much of a
 * platform SKU is available, to split lines it cannot serve into a later parcel. Tests that are
 * not about stock leave it out, and matching then counts everything as available.
 */
export function composeAreas() {
  setStockAvailability(Stock.availabilityByOuterId);
}
