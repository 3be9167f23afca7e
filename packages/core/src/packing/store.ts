import { randomBytes } from "node:crypto";
import * as z from "zod";
import type { Entity, EntityItem, TransactWriteEntity } from "electrodb";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import type { Change } from "../audit/service";
import { MergeSlotEntity, OrderParcelsEntity, ParcelEntity, WaybillEntity } from "./entities";
import { CARRIERS } from "./rules/waybill";
import { INTERCEPT_REASONS, STATES } from "./rules/state";

/**
 * The parcel as the rest of the system sees it, and the one place that turns it into table writes:
 * the parcel item (version-checked) plus the copy on its current waybill item, always together.
 */
const ReceiverInfo = z.object({
  name: z.string(),
  mobile: z.string().optional(),
  phone: z.string().optional(),
  state: z.string().optional(),
  city: z.string().optional(),
  district: z.string().optional(),
  town: z.string().optional(),
  address: z.string(),
  zip: z.string().optional(),
});

export const Line = z.object({
  tid: z.string(),
  oid: z.string(),
  sku: z.string(),
  quantity: z.number().int(),
  title: z.string().optional(),
  skuProperties: z.string().optional(),
});
export type Line = z.infer<typeof Line>;

export const Info = z.object({
  parcelId: z.string(),
  state: z.enum(STATES),
  buyerNick: z.string(),
  receiver: ReceiverInfo,
  addressKey: z.string(),
  mergeKey: z.string(),
  awaitingStock: z.boolean(),
  tids: z.array(z.string()),
  lines: z.array(Line),
  notes: z.array(z.object({ tid: z.string(), buyerMessage: z.string().optional(), sellerMemo: z.string().optional() })),
  intercepted: z.boolean(),
  intercepts: z.array(
    z.object({ tid: z.string(), id: z.string().optional(), reason: z.enum(INTERCEPT_REASONS), note: z.string().optional(), at: z.string() }),
  ),
  reprintRequired: z.boolean(),
  waybill: z
    .object({ number: z.string(), carrier: z.enum(CARRIERS), assignedAt: z.string(), assignedBy: z.string().optional() })
    .optional(),
  mergeUntil: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Info = z.infer<typeof Info>;

type Row = EntityItem<typeof ParcelEntity>;

/** The entities a parcel transaction may write, as ElectroDB hands them to a transaction callback. */
export const TX = { ParcelEntity, WaybillEntity, OrderParcelsEntity, MergeSlotEntity, AuditEntity };
type TxOf<E> = { [K in keyof E]: E[K] extends Entity<infer A, infer F, infer C, infer S> ? TransactWriteEntity<A, F, C, S> : never };
export type Tx = TxOf<typeof TX>;

type CommitOf<Op> = Op extends { commit: (...args: never[]) => infer Item } ? Item : never;
type Operations<E> = {
  [K in keyof E]: E[K] extends { create: (...a: never[]) => infer C; put: (...a: never[]) => infer P; patch: (...a: never[]) => infer U }
    ? CommitOf<C> | CommitOf<P> | CommitOf<U extends { set: (...a: never[]) => infer S } ? S : never>
    : never;
}[keyof E];

/**
 * One write of a transaction, built from the transaction's entities when the transaction runs
 * (ElectroDB only offers `.commit()` there). Use cases collect these and `commit` them together.
 */
export type Write = (tx: Tx) => Operations<Tx>;

export function present(row: Row): Info {
  return {
    parcelId: row.parcelId,
    state: row.state,
    buyerNick: row.buyerNick,
    receiver: row.receiver,
    addressKey: row.addressKey,
    mergeKey: row.mergeKey,
    awaitingStock: row.awaitingStock,
    tids: row.tids,
    lines: row.lines,
    notes: row.notes ?? [],
    intercepted: row.intercepts.length > 0,
    intercepts: row.intercepts,
    reprintRequired: row.reprintRequired,
    waybill: row.waybill,
    mergeUntil: row.mergeUntil,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toRow(parcel: Info): Row {
  const { intercepted: _derived, ...fields } = parcel;
  return {
    ...fields,
    interceptedAt: parcel.intercepts.map((i) => i.at).sort()[0] ?? "",
  };
}

export async function load(parcelId: string): Promise<Info | undefined> {
  const result = await ParcelEntity.get({ parcelId }).go({ consistent: true });
  return result.data ? present(result.data) : undefined;
}

export async function loadMany(parcelIds: readonly string[]): Promise<Info[]> {
  if (parcelIds.length === 0) return [];
  const result = await ParcelEntity.get(parcelIds.map((parcelId) => ({ parcelId }))).go({ consistent: true });
  const byId = new Map(result.data.map((row) => [row.parcelId, present(row)]));
  return parcelIds.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The items that write `next`: a create when there is no `before`, otherwise a put conditioned on
 * the version read. The waybill copy follows the parcel unless the caller writes that item itself
 * (when it is the transaction that creates the waybill item).
 */
export function writeItems(before: Info | undefined, next: Info, options: { waybillWritten?: boolean } = {}): Write[] {
  const row = toRow(next);
  const writes: Write[] = [
    before
      ? (tx) =>
          tx.ParcelEntity.put(row)
            .where((attr, op) => op.eq(attr.version, before.version))
            .commit()
      : (tx) => tx.ParcelEntity.create(row).commit(),
  ];
  const waybill = next.waybill;
  if (waybill && !options.waybillWritten) {
    writes.push((tx) =>
      tx.WaybillEntity.put({
        number: waybill.number,
        carrier: waybill.carrier,
        parcelId: next.parcelId,
        active: true,
        assignedAt: waybill.assignedAt,
        parcel: JSON.stringify(next),
      }).commit(),
    );
  }
  return writes;
}

/** The next version of a parcel: bumped and stamped, with the derived flag recomputed. */
export function revise(parcel: Info, changes: Partial<Info>, now: string): Info {
  const next = { ...parcel, ...changes, version: parcel.version + 1, updatedAt: now };
  return { ...next, intercepted: next.intercepts.length > 0 };
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** Parcel codes: P and ten Crockford base-32 characters (no I, L, O, U), easy to read out and to scan. */
export const PARCEL_ID = /^P[0-9A-HJKMNP-TV-Z]{10}$/;

export function newParcelId(): string {
  const bytes = randomBytes(10);
  return `P${[...bytes].map((b) => CROCKFORD[b & 31]).join("")}`;
}

/** The audit entry of a change, written in the same transaction as the change. */
export function auditWrite(change: Change): Write {
  const item = Audit.item(change);
  return (tx) => tx.AuditEntity.create(item).commit();
}
