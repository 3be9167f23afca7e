import { defineEntity } from "../db";
import { DEPARTMENTS } from "../staff/roles";

const STATES = ["requested", "approved", "rejected", "cancelled"] as const;

/**
 * A department's roster for one month. The grid (staff × days) is one JSON document: 60 staff ×
 * 31 days is a few tens of kilobytes, far under the item limit, and the supervisor edits it as a
 * whole, so one item with a version (optimistic concurrency) beats 1 860 cell items. The timetable
 * is copied in when the roster is made, so editing the settings later never moves a published shift.
 */
export const RosterEntity = defineEntity({
  model: { entity: "roster", version: "1", service: "dianwu" },
  attributes: {
    department: { type: DEPARTMENTS, required: true, readOnly: true },
    month: { type: "string", required: true, readOnly: true },
    status: { type: ["draft", "published"] as const, required: true },
    version: { type: "number", required: true },
    timetable: { type: "string", required: true },
    cells: { type: "string", required: true },
    coverage: { type: "string", required: true },
    rotation: { type: "string" },
    updatedAt: { type: "string", required: true },
    updatedBy: { type: "string", required: true },
    publishedAt: { type: "string" },
    publishedBy: { type: "string" },
  },
  indexes: {
    byDepartmentMonth: {
      pk: { field: "pk", composite: ["department", "month"] },
      sk: { field: "sk", composite: [] },
    },
    byMonth: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["month"] },
      sk: { field: "gsi1sk", composite: ["department"] },
    },
  },
});

/**
 * A clock-in or clock-out. Keyed by where it came from: a kiosk's (device, sequence number) or a
 * correction's id, so an offline kiosk replaying its queue writes each punch exactly once (the
 * create is conditional on the key). Listed by staff member (attendance) and by local day (board).
 */
export const PunchEntity = defineEntity({
  model: { entity: "punch", version: "1", service: "dianwu" },
  attributes: {
    source: { type: "string", required: true, readOnly: true },
    ref: { type: "string", required: true, readOnly: true },
    staffNo: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    punchDay: { type: "string", required: true, readOnly: true },
    direction: { type: ["in", "out"] as const, required: true },
    attendanceDay: { type: "string", required: true },
    shiftCode: { type: "string" },
    lateMinutes: { type: "number", required: true, default: 0 },
    earlyMinutes: { type: "number", required: true, default: 0 },
    /** Replayed from a kiosk's offline queue: `at` is the device's clock, not ours. */
    queued: { type: "boolean", required: true, default: false },
    idempotencyKey: { type: "string" },
    receivedAt: { type: "string", required: true },
    correctionId: { type: "string" },
  },
  indexes: {
    byRef: {
      pk: { field: "pk", composite: ["source", "ref"] },
      sk: { field: "sk", composite: [] },
    },
    byStaff: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["staffNo"] },
      sk: { field: "gsi1sk", composite: ["at", "source", "ref"] },
    },
    byDay: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["punchDay"] },
      sk: { field: "gsi2sk", composite: ["at", "staffNo"] },
    },
  },
});

/**
 * Leave. Valid only once approved AND a cover is named (RULES.md §3). Approved leave is read per
 * department by start day; a leave lasts at most 31 days, so a month's leave is the range starting
 * 31 days before it.
 */
export const LeaveEntity = defineEntity({
  model: { entity: "leave", version: "1", service: "dianwu" },
  attributes: {
    leaveId: { type: "string", required: true, readOnly: true },
    staffNo: { type: "string", required: true, readOnly: true },
    department: { type: DEPARTMENTS, required: true },
    from: { type: "string", required: true },
    to: { type: "string", required: true },
    kind: { type: ["annual", "sick", "personal", "marriage", "maternity", "other"] as const, required: true },
    reason: { type: "string", required: true },
    coverStaffNo: { type: "string" },
    state: { type: STATES, required: true },
    requestedAt: { type: "string", required: true },
    requestedBy: { type: "string", required: true },
    decidedAt: { type: "string" },
    decidedBy: { type: "string" },
    note: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["leaveId"] },
      sk: { field: "sk", composite: [] },
    },
    byStaff: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["staffNo"] },
      sk: { field: "gsi1sk", composite: ["from", "leaveId"] },
    },
    byState: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["department", "state"] },
      sk: { field: "gsi2sk", composite: ["from", "leaveId"] },
    },
  },
});

/** A request to add a punch that was never made (a forgotten check-out); approved, it becomes one. */
export const CorrectionEntity = defineEntity({
  model: { entity: "correction", version: "1", service: "dianwu" },
  attributes: {
    correctionId: { type: "string", required: true, readOnly: true },
    staffNo: { type: "string", required: true, readOnly: true },
    department: { type: DEPARTMENTS, required: true },
    at: { type: "string", required: true },
    direction: { type: ["in", "out"] as const, required: true },
    reason: { type: "string", required: true },
    state: { type: STATES, required: true },
    requestedAt: { type: "string", required: true },
    requestedBy: { type: "string", required: true },
    decidedAt: { type: "string" },
    decidedBy: { type: "string" },
    note: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["correctionId"] },
      sk: { field: "sk", composite: [] },
    },
    byStaff: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["staffNo"] },
      sk: { field: "gsi1sk", composite: ["at", "correctionId"] },
    },
    byState: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["department", "state"] },
      sk: { field: "gsi2sk", composite: ["requestedAt", "correctionId"] },
    },
  },
});

/** Overtime for one attendance day: a shift extended because a customer was still being served. */
export const OvertimeEntity = defineEntity({
  model: { entity: "overtime", version: "1", service: "dianwu" },
  attributes: {
    overtimeId: { type: "string", required: true, readOnly: true },
    staffNo: { type: "string", required: true, readOnly: true },
    department: { type: DEPARTMENTS, required: true },
    day: { type: "string", required: true },
    minutes: { type: "number", required: true },
    special: { type: "boolean", required: true },
    reason: { type: "string", required: true },
    state: { type: STATES, required: true },
    /** Approved past a limit under the "flag" policy; the breaches say which. */
    overLimit: { type: "boolean", required: true, default: false },
    breaches: { type: "string" },
    requestedAt: { type: "string", required: true },
    requestedBy: { type: "string", required: true },
    decidedAt: { type: "string" },
    decidedBy: { type: "string" },
    note: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["overtimeId"] },
      sk: { field: "sk", composite: [] },
    },
    byStaff: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["staffNo"] },
      sk: { field: "gsi1sk", composite: ["day", "overtimeId"] },
    },
    byState: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["department", "state"] },
      sk: { field: "gsi2sk", composite: ["requestedAt", "overtimeId"] },
    },
  },
});

/**
 * Approved overtime minutes per staff member per day and per month, kept as counters so that two
 * supervisors approving at once cannot together pass a limit: each approval adds with a condition
 * that the total stays within it (under the "block" policy).
 */
export const OvertimeTallyEntity = defineEntity({
  model: { entity: "overtimeTally", version: "1", service: "dianwu" },
  attributes: {
    staffNo: { type: "string", required: true, readOnly: true },
    period: { type: "string", required: true, readOnly: true },
    minutes: { type: "number", required: true, default: 0 },
  },
  indexes: {
    byPeriod: {
      pk: { field: "pk", composite: ["staffNo", "period"] },
      sk: { field: "sk", composite: [] },
    },
  },
});
