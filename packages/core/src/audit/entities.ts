import { defineEntity } from "../db";

/**
 * One audit entry per mutation. Read three ways: by target (an order's or a device's history),
 * by staff member (what did 1023 do), and by day (the console's log).
 */
export const AuditEntity = defineEntity({
  model: { entity: "audit", version: "1", service: "dianwu" },
  attributes: {
    auditId: { type: "string", required: true },
    at: { type: "string", required: true },
    day: { type: "string", required: true },
    action: { type: "string", required: true },
    targetType: { type: "string", required: true },
    targetId: { type: "string", required: true },
    actorType: { type: "string", required: true },
    // "-" when no staff member was involved (platform, system, a device alone), so the index key exists.
    staffNo: { type: "string", required: true, default: "-" },
    deviceId: { type: "string" },
    actorName: { type: "string" },
    before: { type: "string" },
    after: { type: "string" },
    note: { type: "string" },
  },
  indexes: {
    byTarget: {
      pk: { field: "pk", composite: ["targetType", "targetId"] },
      sk: { field: "sk", composite: ["at", "auditId"] },
    },
    byStaff: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["staffNo"] },
      sk: { field: "gsi1sk", composite: ["at", "auditId"] },
    },
    byDay: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["day"] },
      sk: { field: "gsi2sk", composite: ["at", "auditId"] },
    },
  },
});
