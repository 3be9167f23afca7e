import type { Entity, TransactWriteEntity } from "electrodb";

/** The shape an entity has inside a write transaction, for helpers that add writes to a caller's transaction. */
export type InTransaction<E> = E extends Entity<infer A, infer F, infer C, infer S> ? TransactWriteEntity<A, F, C, S> : never;
