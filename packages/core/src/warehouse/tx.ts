import type { Entity, Schema, TransactWriteEntity } from "electrodb";

/**
 * ElectroDB types `.commit()` only on the entities a transaction callback receives; at run time
 * they are the very same objects. Items built outside a callback (to go into another area's
 * transaction, or into a retry loop that rebuilds them) are built through this view.
 */
export function writer<A extends string, F extends string, C extends string, S extends Schema<A, F, C>>(
  entity: Entity<A, F, C, S>,
): TransactWriteEntity<A, F, C, S> {
  return entity as unknown as TransactWriteEntity<A, F, C, S>;
}

/** One write of a DynamoDB transaction, as `.commit()` returns it. */
export type TransactItem = ReturnType<ReturnType<TransactWriteEntity<any, any, any, any>["put"]>["commit"]>;
