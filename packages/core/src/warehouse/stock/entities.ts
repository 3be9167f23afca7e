import { defineEntity } from "../../db";
import { BIN_KINDS } from "../bins/rules";
import { MOVEMENT_TYPES } from "./rules";

/**
 * The balance of one SKU in one bin. All bins of a SKU share a partition, so "where is it and how
 * much is free" is one query. `available` is kept beside `onHand` and `reserved` (always equal to
 * onHand − reserved) because DynamoDB conditions cannot do arithmetic: reserving is then a single
 * conditional ADD (`available >= qty`) with no read. `cardSeq` is the number of card lines; every
 * card-writing movement sets it to the next value on condition it still has the one read, which
 * serialises the card (a gap-free sequence with the right balance-after) without locks.
 */
export const StockBalanceEntity = defineEntity({
  model: { entity: "stockBalance", version: "1", service: "dianwu" },
  attributes: {
    skuId: { type: "string", required: true, readOnly: true },
    binCode: { type: "string", required: true, readOnly: true },
    zone: { type: "string", required: true, readOnly: true },
    /** Copied from the bin when the balance is opened; a bin holding stock cannot change kind. */
    binKind: { type: BIN_KINDS, required: true, readOnly: true },
    onHand: { type: "number", required: true },
    reserved: { type: "number", required: true },
    available: { type: "number", required: true },
    cardSeq: { type: "number", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    bySku: {
      pk: { field: "pk", composite: ["skuId"] },
      sk: { field: "sk", composite: ["binCode"] },
    },
    // What a counter walks: a zone, bin by bin.
    byZone: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["zone"] },
      sk: { field: "gsi1sk", composite: ["binCode", "skuId"] },
    },
    byKind: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["binKind"] },
      sk: { field: "gsi2sk", composite: ["binCode", "skuId"] },
    },
  },
});

/**
 * One line of a stock card (一物一卡): every movement of a SKU in a bin, in order, with the balance
 * after it, the document it belongs to and who signed it. Never updated, never deleted.
 */
export const StockCardEntity = defineEntity({
  model: { entity: "stockCard", version: "1", service: "dianwu" },
  attributes: {
    skuId: { type: "string", required: true, readOnly: true },
    binCode: { type: "string", required: true, readOnly: true },
    seq: { type: "number", required: true, readOnly: true, padding: { length: 10, char: "0" } },
    type: { type: MOVEMENT_TYPES, required: true, readOnly: true },
    qty: { type: "number", required: true, readOnly: true },
    balanceAfter: { type: "number", required: true, readOnly: true },
    documentType: { type: "string", required: true, readOnly: true },
    documentId: { type: "string", required: true, readOnly: true },
    documentLine: { type: "string" },
    /** The signer: a staff number (console or badge), else `system:<reason>` / `device:<id>`. */
    signedBy: { type: "string", required: true, readOnly: true },
    staffNo: { type: "string" },
    deviceId: { type: "string" },
    note: { type: "string" },
    at: { type: "string", required: true, readOnly: true },
    /** Business day in the shop's time zone: the daily close and the monthly summary read by it. */
    day: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byCard: {
      pk: { field: "pk", composite: ["skuId", "binCode"] },
      sk: { field: "sk", composite: ["seq"] },
    },
    byDay: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["day"] },
      sk: { field: "gsi1sk", composite: ["at", "skuId", "binCode", "seq"] },
    },
    byDocument: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["documentType", "documentId"] },
      sk: { field: "gsi2sk", composite: ["skuId", "binCode", "seq"] },
    },
  },
});

/**
 * Stock held for a document (a parcel at allocation), per SKU and bin. Its state makes release and
 * issue idempotent: each happens once, on condition the reservation is still held.
 */
export const ReservationEntity = defineEntity({
  model: { entity: "reservation", version: "1", service: "dianwu" },
  attributes: {
    documentId: { type: "string", required: true, readOnly: true },
    skuId: { type: "string", required: true, readOnly: true },
    binCode: { type: "string", required: true, readOnly: true },
    qty: { type: "number", required: true, readOnly: true },
    state: { type: ["held", "released", "issued"] as const, required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    closedAt: { type: "string" },
  },
  indexes: {
    byDocument: {
      pk: { field: "pk", composite: ["documentId"] },
      sk: { field: "sk", composite: ["skuId", "binCode"] },
    },
    bySku: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["skuId"] },
      sk: { field: "gsi1sk", composite: ["state", "binCode", "documentId"] },
    },
  },
});

/** A transfer between bins: the document its two card lines point at, claimed once by its id. */
export const TransferEntity = defineEntity({
  model: { entity: "stockTransfer", version: "1", service: "dianwu" },
  attributes: {
    transferId: { type: "string", required: true, readOnly: true },
    skuId: { type: "string", required: true, readOnly: true },
    fromBin: { type: "string", required: true, readOnly: true },
    toBin: { type: "string", required: true, readOnly: true },
    qty: { type: "number", required: true, readOnly: true },
    signedBy: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    note: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["transferId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** A stock adjustment: requested by anyone in the warehouse, booked only when a supervisor approves. */
export const AdjustmentEntity = defineEntity({
  model: { entity: "stockAdjustment", version: "1", service: "dianwu" },
  attributes: {
    adjustmentId: { type: "string", required: true, readOnly: true },
    skuId: { type: "string", required: true, readOnly: true },
    binCode: { type: "string", required: true, readOnly: true },
    qty: { type: "number", required: true, readOnly: true },
    reason: { type: "string", required: true, readOnly: true },
    state: { type: ["requested", "approved", "rejected"] as const, required: true },
    requestedBy: { type: "string", required: true, readOnly: true },
    requestedAt: { type: "string", required: true, readOnly: true },
    decidedBy: { type: "string" },
    decidedAt: { type: "string" },
    decisionNote: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["adjustmentId"] },
      sk: { field: "sk", composite: [] },
    },
    byState: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["state"] },
      sk: { field: "gsi1sk", composite: ["requestedAt", "adjustmentId"] },
    },
  },
});

/**
 * Whether a SKU is currently at or below its reorder point. `stock.low` is published by the write
 * that flips it to `low` (a conditional write), so each crossing announces itself exactly once.
 */
export const LowStockEntity = defineEntity({
  model: { entity: "lowStock", version: "1", service: "dianwu" },
  attributes: {
    skuId: { type: "string", required: true, readOnly: true },
    state: { type: ["low", "ok"] as const, required: true },
    available: { type: "number", required: true },
    reorderPoint: { type: "number", required: true },
    since: { type: "string", required: true },
  },
  indexes: {
    bySku: {
      pk: { field: "pk", composite: ["skuId"] },
      sk: { field: "sk", composite: [] },
    },
    byState: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["state"] },
      sk: { field: "gsi1sk", composite: ["skuId"] },
    },
  },
});
