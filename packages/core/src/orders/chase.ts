import type { OrderState } from "./rules";

/**
 * RULES.md §2: an order left unpaid is chased (催付) within a number of hours of being placed
 * (setting orders.unpaidChaseHours, default 12). The chase list is ordered by the time left.
 */
export function chaseDeadline(order: Pick<OrderState, "createdAt" | "firstAt">, hours: number): string {
  const placed = Date.parse(order.createdAt ?? order.firstAt);
  return new Date(placed + hours * 3600_000).toISOString();
}

export interface ChaseView {
  deadline: string;
  /** Negative once the deadline has passed. */
  secondsLeft: number;
  /** Not chased yet: it still needs someone. */
  due: boolean;
  last?: { id: string; at: string; by: string; result: string; note?: string };
  count: number;
}

export function chaseView(order: OrderState, hours: number, now: Date): ChaseView {
  const deadline = chaseDeadline(order, hours);
  const chases = Object.entries(order.chases)
    .map(([id, c]) => ({ id, ...c }))
    .sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.id < b.id ? -1 : 1));
  return {
    deadline,
    secondsLeft: Math.floor((Date.parse(deadline) - now.getTime()) / 1000),
    due: chases.length === 0,
    last: chases.at(-1),
    count: chases.length,
  };
}
