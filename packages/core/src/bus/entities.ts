import { defineEntity } from "../db";

/** A consumer's mark that it has applied an event; expires after the replay window. */
export const ProcessedEventEntity = defineEntity({
  model: { entity: "processedEvent", version: "1", service: "dianwu" },
  attributes: {
    consumer: { type: "string", required: true },
    eventId: { type: "string", required: true },
    processedAt: { type: "string", required: true },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byEvent: {
      pk: { field: "pk", composite: ["consumer", "eventId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/**
 * An event a consumer could not apply after its retries. Kept whole so it can be replayed after
 * the cause is fixed; listed newest first per consumer and across all consumers.
 */
export const DeadLetterEntity = defineEntity({
  model: { entity: "deadLetter", version: "1", service: "dianwu" },
  attributes: {
    deadLetterId: { type: "string", required: true },
    consumer: { type: "string", required: true },
    eventId: { type: "string", required: true },
    detailType: { type: "string", required: true },
    envelope: { type: "string", required: true },
    error: { type: "string", required: true },
    attempts: { type: "number", required: true },
    failedAt: { type: "string", required: true },
    state: { type: ["open", "replayed", "discarded"] as const, required: true, default: "open" },
    resolvedAt: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["deadLetterId"] },
      sk: { field: "sk", composite: [] },
    },
    byState: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["state"] },
      sk: { field: "gsi2sk", composite: ["failedAt", "deadLetterId"] },
    },
  },
});
