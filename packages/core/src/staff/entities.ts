import { BADGE_MODEL, DEVICE_MODEL } from "./credentials";
import { defineEntity } from "../db";
import { DEPARTMENTS, ROLES } from "./roles";

export const StaffEntity = defineEntity({
  model: { entity: "staff", version: "1", service: "dianwu" },
  attributes: {
    staffNo: { type: "string", required: true, readOnly: true },
    name: { type: "string", required: true },
    department: { type: DEPARTMENTS, required: true },
    roles: { type: "set", items: ROLES, required: true },
    active: { type: "boolean", required: true, default: true },
    hireDate: { type: "string", required: true },
    /** The department's named contact person (接口人, RULES.md §1). */
    contact: { type: "boolean", required: true, default: false },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byNo: {
      pk: { field: "pk", composite: ["staffNo"] },
      sk: { field: "sk", composite: [] },
    },
    // A shop has tens to a few hundred staff: one partition lists them all, by department.
    all: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: [] },
      sk: { field: "gsi1sk", composite: ["department", "staffNo"] },
    },
  },
});

/**
 * The password hash lives apart from the staff record so that listing staff never reads a hash.
 * failedAttempts is bumped with an atomic ADD so parallel guesses cannot undercount.
 */
export const CredentialEntity = defineEntity({
  model: { entity: "credential", version: "1", service: "dianwu" },
  attributes: {
    staffNo: { type: "string", required: true, readOnly: true },
    hash: { type: "string", required: true },
    failedAttempts: { type: "number", required: true, default: 0 },
    lockedUntil: { type: "string" },
    changedAt: { type: "string", required: true },
  },
  indexes: {
    byNo: {
      pk: { field: "pk", composite: ["staffNo"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** A console sign-in. The cookie holds a short-lived signed token naming it; revoking it here ends it. */
export const SessionEntity = defineEntity({
  model: { entity: "session", version: "1", service: "dianwu" },
  attributes: {
    sessionId: { type: "string", required: true, readOnly: true },
    staffNo: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true },
    /** Epoch seconds; DynamoDB's TTL removes the row after this. */
    expiresAt: { type: "number", required: true },
    revokedAt: { type: "string" },
    userAgent: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["sessionId"] },
      sk: { field: "sk", composite: [] },
    },
    byStaff: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["staffNo"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "sessionId"] },
    },
  },
});

export const DeviceEntity = defineEntity({
  model: DEVICE_MODEL,
  attributes: {
    deviceId: { type: "string", required: true, readOnly: true },
    kind: { type: ["packing_bench", "clock_in"] as const, required: true },
    name: { type: "string", required: true },
    location: { type: "string", required: true },
    /** sha256 of the device secret; the secret itself is shown once, to the kiosk, at pairing. */
    tokenHash: { type: "string", required: true },
    pairedAt: { type: "string", required: true },
    pairedBy: { type: "string", required: true },
    revokedAt: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["deviceId"] },
      sk: { field: "sk", composite: [] },
    },
    all: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: [] },
      sk: { field: "gsi1sk", composite: ["deviceId"] },
    },
  },
});

/** One-time code a manager creates and a kiosk types once; claimed with a conditional write. */
export const PairingCodeEntity = defineEntity({
  model: { entity: "pairingCode", version: "1", service: "dianwu" },
  attributes: {
    code: { type: "string", required: true, readOnly: true },
    kind: { type: ["packing_bench", "clock_in"] as const, required: true },
    name: { type: "string", required: true },
    location: { type: "string", required: true },
    createdBy: { type: "string", required: true },
    createdAt: { type: "string", required: true },
    expiresAt: { type: "number", required: true },
    usedAt: { type: "string" },
    deviceId: { type: "string" },
  },
  indexes: {
    byCode: {
      pk: { field: "pk", composite: ["code"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** A badge barcode. Replacing a badge deactivates the old code; codes are random, never reused. */
export const BadgeEntity = defineEntity({
  model: BADGE_MODEL,
  attributes: {
    badgeCode: { type: "string", required: true, readOnly: true },
    staffNo: { type: "string", required: true, readOnly: true },
    active: { type: "boolean", required: true, default: true },
    issuedAt: { type: "string", required: true },
    replacedAt: { type: "string" },
    reason: { type: "string" },
  },
  indexes: {
    byCode: {
      pk: { field: "pk", composite: ["badgeCode"] },
      sk: { field: "sk", composite: [] },
    },
    byStaff: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["staffNo"] },
      sk: { field: "gsi1sk", composite: ["issuedAt", "badgeCode"] },
    },
  },
});
