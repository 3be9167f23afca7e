import type { Entity, TransactWriteEntity } from "electrodb";
import { TransactionCanceled, transaction } from "../../db";
import { TX } from "../store";
import { BenchScanEntity, BenchSessionEntity, BenchTallyEntity, HandoverBatchEntity, HandoverEntryEntity } from "./entities";

/**
 * The entities a bench transaction may write: the parcels area's (a close moves the parcel and its
 * waybill copy with the audit entry) and the bench's own. Stock items come ready-made from the
 * warehouse (`Stock.issueItems`) and join the same transaction.
 */
export const BENCH_TX = { ...TX, BenchSessionEntity, BenchScanEntity, BenchTallyEntity, HandoverBatchEntity, HandoverEntryEntity };

type TxOf<E> = { [K in keyof E]: E[K] extends Entity<infer A, infer F, infer C, infer S> ? TransactWriteEntity<A, F, C, S> : never };
export type BenchTx = TxOf<typeof BENCH_TX>;

/** One item of a DynamoDB write transaction, as ElectroDB's `.commit()` returns it. */
export type Item = ReturnType<ReturnType<TransactWriteEntity<any, any, any, any>["put"]>["commit"]>;

/** Runs the items as one transaction; `build` gets the entities as ElectroDB hands them over. */
export async function commitBench(build: (tx: BenchTx) => Item[]) {
  await transaction(BENCH_TX, (tx) => build(tx as unknown as BenchTx));
}

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
