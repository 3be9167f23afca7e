import { defineEntity } from "../../db";

/**
 * A stock count (盘点) of a zone, a bin kind or a style. Counts are blind: the book quantity of
 * each line is taken only when the count is submitted and shown only to supervisors.
 */
export const CountEntity = defineEntity({
  model: { entity: "stockCount", version: "1", service: "dianwu" },
  attributes: {
    countId: { type: "string", required: true, readOnly: true },
    scopeKind: { type: ["zone", "binKind", "style"] as const, required: true, readOnly: true },
    scopeValue: { type: "string", required: true, readOnly: true },
    state: { type: ["counting", "submitted", "approved", "cancelled"] as const, required: true },
    lineCount: { type: "number", required: true },
    bookedLines: { type: "number", required: true, default: 0 },
    createdBy: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    submittedBy: { type: "string" },
    submittedAt: { type: "string" },
    approvedBy: { type: "string" },
    approvedAt: { type: "string" },
    /** The supervisor's written conclusion and proposal (RULES.md §4). */
    report: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["countId"] },
      sk: { field: "sk", composite: [] },
    },
    byState: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["state"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "countId"] },
    },
  },
});

/** One SKU in one bin of a count: what was counted (good and damaged), the book at submission, the reason. */
export const CountLineEntity = defineEntity({
  model: { entity: "stockCountLine", version: "1", service: "dianwu" },
  attributes: {
    countId: { type: "string", required: true, readOnly: true },
    binCode: { type: "string", required: true, readOnly: true },
    skuId: { type: "string", required: true, readOnly: true },
    counted: { type: "number", required: true, default: 0 },
    damaged: { type: "number", required: true, default: 0 },
    /** On hand when the count was submitted; absent while counting (blind). */
    book: { type: "number" },
    reason: { type: "string" },
    booked: { type: "boolean", required: true, default: false },
  },
  indexes: {
    byCount: {
      pk: { field: "pk", composite: ["countId"] },
      sk: { field: "sk", composite: ["binCode", "skuId"] },
    },
  },
});
