import { TransactionCanceled } from "../../dynamo/table";

/** Whether a canceled transaction failed on the item at `index` (a condition, not a conflict). */
export function failedAt(error: unknown, index: number): boolean {
  return error instanceof TransactionCanceled && error.reasons[index]?.code === "ConditionalCheckFailed";
}

/** Whether it failed on any item at all for a condition or a concurrent transaction (worth a fresh read). */
export function lostRace(error: unknown): boolean {
  return error instanceof TransactionCanceled && error.reasons.some((r) => r.code === "ConditionalCheckFailed" || r.code === "TransactionConflict");
}

/** Full jitter, capped: requests that collided spread out instead of colliding again in step. */
export function backoff(attempt: number) {
  const cap = Math.min(200, 4 * 2 ** Math.min(attempt, 6));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * cap));
}
