import { defineEntity } from "../../db";

/** A customer return taken in at the warehouse: the package, each item's condition, where it went. */
export const ReturnEntity = defineEntity({
  model: { entity: "customerReturn", version: "1", service: "dianwu" },
  attributes: {
    returnId: { type: "string", required: true, readOnly: true },
    waybillNo: { type: "string", readOnly: true },
    orderId: { type: "string", readOnly: true },
    refundId: { type: "string", readOnly: true },
    packageCondition: { type: ["intact", "damaged", "opened"] as const, required: true, readOnly: true },
    /** RULES.md §4: a damaged package is counted in front of the courier. */
    countedWithCourier: { type: "boolean", required: true, readOnly: true },
    /** The items as JSON: [{ skuId, qty, condition, binCode?, note? }]. */
    items: { type: "string", required: true, readOnly: true },
    anomalies: { type: "number", required: true, readOnly: true },
    receivedBy: { type: "string", required: true, readOnly: true },
    receivedAt: { type: "string", required: true, readOnly: true },
    day: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["returnId"] },
      sk: { field: "sk", composite: [] },
    },
    byDay: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["day"] },
      sk: { field: "gsi1sk", composite: ["receivedAt", "returnId"] },
    },
  },
});

/** A return's waybill (or order), claimed once: the same package scanned twice is taken in once. */
export const ReturnKeyEntity = defineEntity({
  model: { entity: "customerReturnKey", version: "1", service: "dianwu" },
  attributes: {
    key: { type: "string", required: true, readOnly: true },
    returnId: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byKey: {
      pk: { field: "pk", composite: ["key"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** Something wrong with a return, handed to customer service and followed up until resolved. */
export const ReturnAnomalyEntity = defineEntity({
  model: { entity: "returnAnomaly", version: "1", service: "dianwu" },
  attributes: {
    anomalyId: { type: "string", required: true, readOnly: true },
    returnId: { type: "string", required: true, readOnly: true },
    orderId: { type: "string", readOnly: true },
    kind: { type: ["damaged_package", "missing_item", "extra_item", "wrong_item", "defect", "other"] as const, required: true, readOnly: true },
    note: { type: "string", required: true, readOnly: true },
    state: { type: ["open", "following", "resolved"] as const, required: true },
    followUps: {
      type: "list",
      items: { type: "map", properties: { at: { type: "string", required: true }, by: { type: "string", required: true }, note: { type: "string", required: true }, state: { type: "string", required: true } } },
    },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["anomalyId"] },
      sk: { field: "sk", composite: [] },
    },
    byState: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["state"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "anomalyId"] },
    },
    /** A return's own anomalies, whatever their state (the return's page shows them all). */
    byReturn: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["returnId"] },
      sk: { field: "gsi2sk", composite: ["createdAt", "anomalyId"] },
    },
  },
});
