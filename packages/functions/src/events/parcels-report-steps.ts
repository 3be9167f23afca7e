import type { Consumer } from "@dianwu/core/bus";
import { VisibleError } from "@dianwu/core/error";
import { Order } from "@dianwu/core/orders";
import { ParcelEvents, type State } from "@dianwu/core/packing";

/** Parcel states that are a warehouse step of the order (the order's projection only moves forward). */
const STEP: Partial<Record<State, "allocated" | "picking" | "packed" | "handed_to_carrier">> = {
  allocated: "allocated",
  picking: "picking",
  packed: "packed",
  handed_over: "handed_to_carrier",
};

/**
 * A parcel that moved on tells its orders: allocated, picking, packed, handed to the carrier.
 * A parcel of an order the orders area does not know (imported or made in a test) has nobody to tell.
 */
export const parcelsReportSteps: Consumer = async (event) => {
  const { detail } = ParcelEvents.StateChanged.parse(event);
  const step = STEP[detail.to];
  if (!step) return;
  for (const tid of detail.tids) {
    try {
      await Order.recordStep(tid, step, new Date(event.time));
    } catch (error) {
      if (error instanceof VisibleError && error.kind === "not-found") continue;
      throw error;
    }
  }
};
