import { defineEntity } from "../../db";

/**
 * An inbound receipt (入库单) for one supplier delivery. Its counters are moved with atomic ADDs in
 * the same transactions as the line changes, so "what is still to inspect / put away / send back"
 * is on the header without reading the lines; the receipt closes (state `done`) when all are zero.
 */
export const ReceiptEntity = defineEntity({
  model: { entity: "receipt", version: "1", service: "dianwu" },
  attributes: {
    receiptId: { type: "string", required: true, readOnly: true },
    supplier: { type: "string", required: true, readOnly: true },
    deliveryNote: { type: "string" },
    deliverer: { type: "string" },
    note: { type: "string" },
    /** The pending-inspection bin (待检区) the goods book into. */
    pendingBin: { type: "string", required: true, readOnly: true },
    state: { type: ["receiving", "booked", "done", "cancelled"] as const, required: true },
    lineCount: { type: "number", required: true },
    linesToInspect: { type: "number", required: true, default: 0 },
    awaitingPutaway: { type: "number", required: true, default: 0 },
    openReturns: { type: "number", required: true, default: 0 },
    createdBy: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    bookedBy: { type: "string" },
    bookedAt: { type: "string" },
    closedAt: { type: "string" },
    cancelReason: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["receiptId"] },
      sk: { field: "sk", composite: [] },
    },
    // Open receipts are few and wanted by state (the receiving desk, the daily close).
    byState: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["state"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "receiptId"] },
    },
  },
});

/**
 * One SKU of a receipt, keyed by the SKU: a scan finds its line without a lookup, and a SKU that
 * was not on the receipt gets a line of its own (expected 0) so the difference shows.
 */
export const ReceiptLineEntity = defineEntity({
  model: { entity: "receiptLine", version: "1", service: "dianwu" },
  attributes: {
    receiptId: { type: "string", required: true, readOnly: true },
    skuId: { type: "string", required: true, readOnly: true },
    lineNo: { type: "number", required: true, readOnly: true },
    expected: { type: "number", required: true },
    scanned: { type: "number", required: true, default: 0 },
    resolution: { type: ["accept", "reject"] as const },
    resolutionReason: { type: "string" },
    resolvedBy: { type: "string" },
    recounts: { type: "number", required: true, default: 0 },
    state: { type: ["receiving", "booked", "inspected"] as const, required: true },
    booked: { type: "number" },
    passed: { type: "number" },
    failed: { type: "number" },
    putawayLeft: { type: "number" },
    /** The checklist as JSON: point → pass | fail. */
    checklist: { type: "string" },
    /** Defect counts by reason, as JSON. */
    defects: { type: "string" },
    inspectedBy: { type: "string" },
    inspectedAt: { type: "string" },
    inspectionNote: { type: "string" },
  },
  indexes: {
    byReceipt: {
      pk: { field: "pk", composite: ["receiptId"] },
      sk: { field: "sk", composite: ["skuId"] },
    },
  },
});

/**
 * The return-to-supplier/factory document (退货/返厂单) of a receipt: one line per SKU that failed
 * inspection. Dispatching a line takes the goods out of pending inspection on the card.
 */
export const SupplierReturnEntity = defineEntity({
  model: { entity: "supplierReturn", version: "1", service: "dianwu" },
  attributes: {
    receiptId: { type: "string", required: true, readOnly: true },
    skuId: { type: "string", required: true, readOnly: true },
    supplier: { type: "string", required: true, readOnly: true },
    qty: { type: "number", required: true, readOnly: true },
    returnTo: { type: ["supplier", "factory"] as const, required: true },
    /** Defect counts by reason, as JSON. */
    defects: { type: "string", required: true, readOnly: true },
    state: { type: ["open", "dispatched"] as const, required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    dispatchedBy: { type: "string" },
    dispatchedAt: { type: "string" },
  },
  indexes: {
    byReceipt: {
      pk: { field: "pk", composite: ["receiptId"] },
      sk: { field: "sk", composite: ["skuId"] },
    },
    byState: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["state"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "receiptId", "skuId"] },
    },
  },
});
