import type { Entity, TransactWriteEntity } from "electrodb";
import { transaction } from "../../db";
import type { TransactItem } from "../../dynamo/table";
import { TX } from "../store";
import { BenchScanEntity, BenchSessionEntity, BenchTallyEntity, HandoverBatchEntity, HandoverEntryEntity } from "./entities";

export { backoff, failedAt, lostRace } from "./races";

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

/**
 * Runs the items as one transaction. `build` gets the entities as ElectroDB hands them over and
 * may mix their items with ones written directly (the scan log, the counters, the session guard:
 * log.ts, store.ts).
 */
export async function commitBench(build: (tx: BenchTx) => (Item | TransactItem)[]) {
  await transaction(BENCH_TX, (tx) => build(tx as unknown as BenchTx) as Item[]);
}
