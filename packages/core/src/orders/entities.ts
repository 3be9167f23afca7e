import { defineEntity } from "../db";
import { INTERCEPT_STATES } from "./rules";

/**
 * Composite attribute names are specific to this area (orderStatus, orderMonth, interceptState…):
 * ElectroDB's partition keys carry the service and the composite names but not the entity, so
 * distinct names keep our GSI partitions from sharing keys with other areas' items.
 */

/**
 * The order projection: one item per trade, replaced whole on every applied message under a
 * version check (two consumers applying messages of one trade at once: one retries, none is lost).
 * `state` is the reducer's JSON (rules.ts); the other attributes are derived from it for the
 * indexes and list filters.
 */
export const OrderEntity = defineEntity({
  model: { entity: "order", version: "1", service: "dianwu" },
  attributes: {
    tid: { type: "string", required: true, readOnly: true },
    version: { type: "number", required: true },
    /** Messages applied, each exactly once (the history row's conditional create guards it). */
    appliedCount: { type: "number", required: true },
    orderStatus: { type: "string", required: true },
    buyerNick: { type: "string", required: true },
    createdAt: { type: "string", required: true },
    /** Month the order was placed, in the shop's time zone (YYYY-MM). */
    orderMonth: { type: "string", required: true },
    sellerFlag: { type: "number", required: true },
    intercepted: { type: "boolean", required: true },
    chased: { type: "boolean", required: true },
    state: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byTid: {
      pk: { field: "pk", composite: ["tid"] },
      sk: { field: "sk", composite: [] },
    },
    byBuyer: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["buyerNick"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "tid"] },
    },
    // Status lists (the unpaid chase list is WAIT_BUYER_PAY oldest first). A status partition
    // takes every write of its orders; a shop's order rate is far below one partition's limit.
    byStatus: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["orderStatus"] },
      sk: { field: "gsi2sk", composite: ["createdAt", "tid"] },
    },
    byMonth: {
      index: "gsi3",
      pk: { field: "gsi3pk", composite: ["orderMonth"] },
      sk: { field: "gsi3sk", composite: ["createdAt", "tid"] },
    },
  },
});

/**
 * An order's message history: one row per message applied (platform, staff action, import row),
 * kept for good. Created conditionally in the same transaction as the projection, which is what
 * makes "applied once only" hold for redelivered messages.
 */
export const OrderHistoryEntity = defineEntity({
  model: { entity: "orderHistory", version: "1", service: "dianwu" },
  attributes: {
    tid: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    messageId: { type: "string", required: true, readOnly: true },
    topic: { type: "string", required: true },
    source: { type: ["platform", "staff", "system", "import"] as const, required: true },
    actor: { type: "string" },
    statusAfter: { type: "string", required: true },
    summary: { type: "string", required: true },
    appliedAt: { type: "string", required: true },
  },
  indexes: {
    // Keyed by message id alone, so the same message (or the same warehouse step reported twice
    // with different clocks) is recognised; an order's few dozen rows are sorted by time on read.
    byOrder: {
      pk: { field: "pk", composite: ["tid"] },
      sk: { field: "sk", composite: ["messageId"] },
    },
  },
});

/**
 * The webhook's inbox: the raw message, stored before it is acknowledged. The conditional create
 * on the message id is the platform-level dedup; the row expires (TTL) after the redelivery window.
 */
export const ShopMessageEntity = defineEntity({
  model: { entity: "shopMessage", version: "1", service: "dianwu" },
  attributes: {
    messageId: { type: "string", required: true, readOnly: true },
    topic: { type: "string", required: true },
    publishedAt: { type: "string", required: true },
    sellerNick: { type: "string" },
    tid: { type: "string" },
    /** The request body exactly as received (ids inside stay exact). */
    body: { type: "string", required: true },
    receivedAt: { type: "string", required: true },
    state: { type: ["received", "applied", "ignored"] as const, required: true },
    note: { type: "string" },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["messageId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** One row per intercept (拦截), for the supervisors' list; written with the projection that caused it. */
export const InterceptEntity = defineEntity({
  model: { entity: "intercept", version: "1", service: "dianwu" },
  attributes: {
    tid: { type: "string", required: true, readOnly: true },
    interceptId: { type: "string", required: true, readOnly: true },
    reason: { type: ["refund", "address-changed"] as const, required: true },
    at: { type: "string", required: true },
    interceptState: { type: INTERCEPT_STATES, required: true },
    buyerNick: { type: "string" },
    receiverName: { type: "string" },
    releasedAt: { type: "string" },
    releasedBy: { type: "string" },
    note: { type: "string" },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byOrder: {
      pk: { field: "pk", composite: ["tid"] },
      sk: { field: "sk", composite: ["interceptId"] },
    },
    byState: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["interceptState"] },
      sk: { field: "gsi2sk", composite: ["at", "tid", "interceptId"] },
    },
  },
});

/**
 * A sale credited to the CS agent whose staff number is in the seller memo (RULES.md §2: no number,
 * no credit). One per order; it follows the memo (reassigned, or removed when the number goes) and
 * is voided when the order closes. The appraisal reads it by staff member and month.
 */
export const SaleCreditEntity = defineEntity({
  model: { entity: "saleCredit", version: "1", service: "dianwu" },
  attributes: {
    tid: { type: "string", required: true, readOnly: true },
    staffNo: { type: "string", required: true },
    /** Month of payment in the shop's time zone (YYYY-MM). */
    creditMonth: { type: "string", required: true },
    paidAt: { type: "string", required: true },
    paymentFen: { type: "number", required: true },
    void: { type: "boolean", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byOrder: {
      pk: { field: "pk", composite: ["tid"] },
      sk: { field: "sk", composite: [] },
    },
    byStaffMonth: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["staffNo", "creditMonth"] },
      sk: { field: "gsi1sk", composite: ["paidAt", "tid"] },
    },
  },
});

/** A bulk import of the seller centre's order export, processed chunk by chunk by a consumer. */
export const ImportJobEntity = defineEntity({
  model: { entity: "orderImport", version: "1", service: "dianwu" },
  attributes: {
    jobId: { type: "string", required: true, readOnly: true },
    /** Constant: all jobs in one list partition (a handful a year). */
    importList: { type: "string", required: true, default: "orders" },
    fileName: { type: "string", required: true },
    importState: { type: ["receiving", "queued", "running", "done"] as const, required: true },
    /** Column index of each field we read, from the header row (JSON). */
    columns: { type: "string", required: true },
    totalRows: { type: "number", required: true },
    chunksTotal: { type: "number", required: true },
    chunksDone: { type: "number", required: true },
    rowsDone: { type: "number", required: true },
    accepted: { type: "number", required: true },
    rejected: { type: "number", required: true },
    createdBy: { type: "string", required: true },
    createdAt: { type: "string", required: true },
    finishedAt: { type: "string" },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["jobId"] },
      sk: { field: "sk", composite: [] },
    },
    byCreated: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["importList"] },
      sk: { field: "gsi2sk", composite: ["createdAt", "jobId"] },
    },
  },
});

/** The rows of an import, stored in chunks small enough for one consumer run; they expire after a month. */
export const ImportChunkEntity = defineEntity({
  model: { entity: "orderImportChunk", version: "1", service: "dianwu" },
  attributes: {
    jobId: { type: "string", required: true, readOnly: true },
    chunkNo: { type: "number", required: true, readOnly: true, padding: { length: 6, char: "0" } },
    /** JSON: [{ rowNo, cells }]. */
    rows: { type: "string", required: true },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byJob: {
      pk: { field: "pk", composite: ["jobId"] },
      sk: { field: "sk", composite: ["chunkNo"] },
    },
  },
});

/** A row an import refused, with the reason, for the report. */
export const ImportRejectEntity = defineEntity({
  model: { entity: "orderImportReject", version: "1", service: "dianwu" },
  attributes: {
    jobId: { type: "string", required: true, readOnly: true },
    rowNo: { type: "number", required: true, readOnly: true, padding: { length: 8, char: "0" } },
    field: { type: "string" },
    reason: { type: "string", required: true },
    tid: { type: "string" },
  },
  indexes: {
    byJob: {
      pk: { field: "pk", composite: ["jobId"] },
      sk: { field: "sk", composite: ["rowNo"] },
    },
  },
});
