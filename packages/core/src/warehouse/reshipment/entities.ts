import { defineEntity } from "../../db";

/**
 * A reshipment sheet (补发单): goods sent again for an order, on a parcel of their own. The parcels
 * area makes the parcel (and its waybill) from the `warehouse.reshipment-requested` event and
 * reports the waybill back, which customer service then sees here.
 */
export const ReshipmentEntity = defineEntity({
  model: { entity: "reshipment", version: "1", service: "dianwu" },
  attributes: {
    reshipmentId: { type: "string", required: true, readOnly: true },
    orderId: { type: "string", required: true, readOnly: true },
    reason: { type: "string", required: true, readOnly: true },
    /** The lines as JSON: [{ skuId, qty }]. */
    lines: { type: "string", required: true, readOnly: true },
    note: { type: "string" },
    state: { type: ["requested", "shipped", "cancelled"] as const, required: true },
    requestedBy: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    parcelId: { type: "string" },
    waybillNo: { type: "string" },
    shippedAt: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["reshipmentId"] },
      sk: { field: "sk", composite: [] },
    },
    byState: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["state"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "reshipmentId"] },
    },
    byOrder: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["orderId"] },
      sk: { field: "gsi2sk", composite: ["createdAt", "reshipmentId"] },
    },
  },
});
