import { defineEntity } from "../../db";

/**
 * The warehouse register (RULES.md §4): everyone who enters is registered, and the opening and
 * closing rounds (doors, windows, power, cleanliness) are recorded with any anomaly found.
 */
export const RegisterEntryEntity = defineEntity({
  model: { entity: "warehouseRegister", version: "1", service: "dianwu" },
  attributes: {
    entryId: { type: "string", required: true, readOnly: true },
    day: { type: "string", required: true, readOnly: true },
    kind: { type: ["visit", "opening", "closing"] as const, required: true, readOnly: true },
    name: { type: "string", required: true, readOnly: true },
    staffNo: { type: "string", readOnly: true },
    company: { type: "string", readOnly: true },
    purpose: { type: "string", readOnly: true },
    /** For opening and closing rounds: each point ok or not, as JSON. */
    checks: { type: "string", readOnly: true },
    anomalies: { type: "number", required: true, default: 0, readOnly: true },
    note: { type: "string" },
    at: { type: "string", required: true, readOnly: true },
    leftAt: { type: "string" },
    recordedBy: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["entryId"] },
      sk: { field: "sk", composite: [] },
    },
    byDay: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["day"] },
      sk: { field: "gsi1sk", composite: ["at", "entryId"] },
    },
  },
});
