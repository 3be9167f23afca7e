import { INTERNAL_STEPS, rankOf, PROGRESS, type OrderState } from "./rules";

/**
 * RULES.md §2, adding items: once order-making (制单) has read the order, the additions go out as a
 * separate order with its own postage; until then they are merged into the order. An order the
 * warehouse has already allocated has been read too, and one that is closed or shipped cannot take
 * more lines at all.
 */
export type AdditionDecision = { decision: "merged" } | { decision: "separate"; reason: "read-by-order-making" | "already-in-warehouse" | "order-finished" };

const FIRST_STEP = PROGRESS.indexOf(INTERNAL_STEPS[0]);

export function additionDecision(order: Pick<OrderState, "read" | "progress" | "closedAt" | "closedAs">): AdditionDecision {
  const rank = rankOf(order as OrderState);
  if (rank >= PROGRESS.indexOf("handed_to_carrier")) return { decision: "separate", reason: "order-finished" };
  if (rank >= FIRST_STEP) return { decision: "separate", reason: "already-in-warehouse" };
  if (order.read) return { decision: "separate", reason: "read-by-order-making" };
  return { decision: "merged" };
}
