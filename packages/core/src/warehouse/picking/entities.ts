import { defineEntity } from "../../db";

/**
 * A pick wave. Its plan (parcels with slots, and the pick list) is fixed when the wave is made and
 * kept whole as JSON: it is printed and read, never edited. What changes — who picks, how many
 * lines are confirmed — is in attributes moved by conditional writes and atomic ADDs.
 */
export const WaveEntity = defineEntity({
  model: { entity: "wave", version: "1", service: "dianwu" },
  attributes: {
    waveId: { type: "string", required: true, readOnly: true },
    kind: { type: ["single", "multi"] as const, required: true, readOnly: true },
    state: { type: ["open", "picking", "picked", "cancelled"] as const, required: true },
    plan: { type: "string", required: true, readOnly: true },
    parcelCount: { type: "number", required: true, readOnly: true },
    lineCount: { type: "number", required: true, readOnly: true },
    pieces: { type: "number", required: true, readOnly: true },
    confirmedLines: { type: "number", required: true, default: 0 },
    shortLines: { type: "number", required: true, default: 0 },
    picker: { type: "string" },
    startedAt: { type: "string" },
    completedAt: { type: "string" },
    createdBy: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    day: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["waveId"] },
      sk: { field: "sk", composite: [] },
    },
    byState: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["state"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "waveId"] },
    },
  },
});

/** A parcel's place in a wave, claimed once: a parcel is never in two open waves. */
export const WaveParcelEntity = defineEntity({
  model: { entity: "waveParcel", version: "1", service: "dianwu" },
  attributes: {
    parcelId: { type: "string", required: true, readOnly: true },
    waveId: { type: "string", required: true, readOnly: true },
    slot: { type: "number", required: true, readOnly: true },
  },
  indexes: {
    byParcel: {
      pk: { field: "pk", composite: ["parcelId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** The picker's confirmation of one pick-list line, written once. */
export const PickConfirmEntity = defineEntity({
  model: { entity: "pickConfirm", version: "1", service: "dianwu" },
  attributes: {
    waveId: { type: "string", required: true, readOnly: true },
    lineNo: { type: "number", required: true, readOnly: true, padding: { length: 4, char: "0" } },
    wanted: { type: "number", required: true, readOnly: true },
    picked: { type: "number", required: true, readOnly: true },
    signedBy: { type: "string", required: true, readOnly: true },
    deviceId: { type: "string" },
    at: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byWave: {
      pk: { field: "pk", composite: ["waveId"] },
      sk: { field: "sk", composite: ["lineNo"] },
    },
  },
});

/** A short pick, for customer service to follow up with the buyers of the parcels left short. */
export const PickExceptionEntity = defineEntity({
  model: { entity: "pickException", version: "1", service: "dianwu" },
  attributes: {
    exceptionId: { type: "string", required: true, readOnly: true },
    waveId: { type: "string", required: true, readOnly: true },
    lineNo: { type: "number", required: true, readOnly: true },
    skuId: { type: "string", required: true, readOnly: true },
    binCode: { type: "string", required: true, readOnly: true },
    wanted: { type: "number", required: true, readOnly: true },
    picked: { type: "number", required: true, readOnly: true },
    /** The parcels left short, as JSON [{ parcelId, short }]. */
    parcels: { type: "string", required: true, readOnly: true },
    state: { type: ["open", "resolved"] as const, required: true },
    reportedBy: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    resolvedBy: { type: "string" },
    resolvedAt: { type: "string" },
    resolution: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["exceptionId"] },
      sk: { field: "sk", composite: [] },
    },
    byState: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["state"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "exceptionId"] },
    },
  },
});
