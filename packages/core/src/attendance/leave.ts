import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useStaff } from "../actor";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { Bus } from "../bus";
import { isConditionFailed, transaction } from "../db";
import { conflict, invalid, notFound } from "../error";
import { newId } from "../id";
import { Department } from "../staff/roles";
import { mustFromNo } from "../staff/service";
import { LeaveEntity } from "./entities";
import { Events } from "./events";
import { assertSelfOrSupervisor, assertSupervises } from "./scope";
import { addDays, daysBetween } from "./time";

export const MAX_LEAVE_DAYS = 31;
const Day = z.string().date();

export const Info = z.object({
  leaveId: z.string(),
  staffNo: z.string(),
  department: Department,
  from: z.string(),
  to: z.string(),
  kind: z.enum(["annual", "sick", "personal", "marriage", "maternity", "other"]),
  reason: z.string(),
  coverStaffNo: z.string().optional(),
  state: z.enum(["requested", "approved", "rejected", "cancelled"]),
  /** Approved and a cover named: the only leave that excuses absence (RULES.md §3). */
  valid: z.boolean(),
  requestedAt: z.string(),
  requestedBy: z.string(),
  decidedAt: z.string().optional(),
  decidedBy: z.string().optional(),
  note: z.string().optional(),
});
export type Info = z.infer<typeof Info>;

export const RequestInput = z
  .object({
    staffNo: z.string().regex(/^\d{3,8}$/).optional(),
    from: Day,
    to: Day,
    kind: Info.shape.kind,
    reason: z.string().trim().min(1).max(500),
    coverStaffNo: z.string().regex(/^\d{3,8}$/).optional(),
  })
  .refine((v) => v.from <= v.to, { message: "from must not be after to", path: ["to"] })
  .refine((v) => daysBetween(v.from, v.to) < MAX_LEAVE_DAYS, { message: `at most ${MAX_LEAVE_DAYS} days per request`, path: ["to"] });

export const DecideInput = z.object({
  approve: z.boolean(),
  coverStaffNo: z.string().regex(/^\d{3,8}$/).optional(),
  note: z.string().trim().max(500).optional(),
});

export function present(row: EntityItem<typeof LeaveEntity>): Info {
  const { leaveId, staffNo, department, from, to, kind, reason, coverStaffNo, state, requestedAt, requestedBy, decidedAt, decidedBy, note } = row;
  return { leaveId, staffNo, department, from, to, kind, reason, coverStaffNo, state, valid: state === "approved" && !!coverStaffNo, requestedAt, requestedBy, decidedAt, decidedBy, note };
}

export async function request(input: z.input<typeof RequestInput>): Promise<Info> {
  const fields = RequestInput.parse(input);
  const actor = useStaff();
  const staffNo = fields.staffNo ?? actor.staffNo;
  const staff = await mustFromNo(staffNo);
  assertSelfOrSupervisor(staffNo, staff.department);
  if (fields.coverStaffNo) await mustCover(fields.coverStaffNo, staffNo);
  const row = {
    leaveId: newId(),
    staffNo,
    department: staff.department,
    from: fields.from,
    to: fields.to,
    kind: fields.kind,
    reason: fields.reason,
    coverStaffNo: fields.coverStaffNo,
    state: "requested" as const,
    requestedAt: new Date().toISOString(),
    requestedBy: actor.staffNo,
  };
  await transaction({ LeaveEntity, AuditEntity }, (e) => [
    e.LeaveEntity.create(row).commit(),
    e.AuditEntity.create(Audit.item({ action: "leave.request", target: { type: "leave", id: row.leaveId }, after: row })).commit(),
  ]);
  return present(row);
}

async function mustCover(coverStaffNo: string, staffNo: string) {
  if (coverStaffNo === staffNo) throw invalid("coverStaffNo", "leave.self-cover", "Nobody can cover their own leave");
  const cover = await mustFromNo(coverStaffNo).catch(() => undefined);
  if (!cover?.active) throw invalid("coverStaffNo", "leave.unknown-cover", `No active staff member ${coverStaffNo}`);
}

export async function fromId(leaveId: string): Promise<Info> {
  const row = await LeaveEntity.get({ leaveId }).go({ consistent: true });
  if (!row.data) throw notFound("leave.not-found", `No leave request ${leaveId}`);
  return present(row.data);
}

/**
 * The supervisor approves or rejects. Approval needs a cover — named in the request or now — so
 * that an approved leave is always a valid one.
 */
export async function decide(leaveId: string, input: z.input<typeof DecideInput>): Promise<Info> {
  const fields = DecideInput.parse(input);
  const before = await fromId(leaveId);
  const actor = assertSupervises(before.department);
  if (actor.staffNo === before.staffNo) throw conflict("leave.own", "Someone else must decide your own leave");
  if (before.state !== "requested") throw conflict("leave.decided", `Leave ${leaveId} is already ${before.state}`);
  const coverStaffNo = fields.coverStaffNo ?? before.coverStaffNo;
  if (fields.approve) {
    if (!coverStaffNo) throw invalid("coverStaffNo", "leave.cover-required", "Name who covers before approving leave");
    await mustCover(coverStaffNo, before.staffNo);
  }
  const changes = {
    state: fields.approve ? ("approved" as const) : ("rejected" as const),
    coverStaffNo,
    decidedAt: new Date().toISOString(),
    decidedBy: actor.staffNo,
    note: fields.note,
    department: before.department,
  };
  try {
    await transaction({ LeaveEntity, AuditEntity }, (e) => [
      e.LeaveEntity.patch({ leaveId })
        .set(changes)
        .where((a, op) => op.eq(a.state, "requested"))
        .commit(),
      e.AuditEntity.create(
        Audit.item({ action: fields.approve ? "leave.approve" : "leave.reject", target: { type: "leave", id: leaveId }, before, after: changes, note: fields.note }),
      ).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("leave.decided", `Leave ${leaveId} was decided meanwhile`);
    throw error;
  }
  await Bus.publish(Events.LeaveDecided.create({ leaveId, staffNo: before.staffNo, approved: fields.approve }));
  return { ...before, ...changes, valid: changes.state === "approved" && !!coverStaffNo };
}

export async function cancel(leaveId: string): Promise<Info> {
  const before = await fromId(leaveId);
  const actor = assertSelfOrSupervisor(before.staffNo, before.department);
  if (before.state === "cancelled" || before.state === "rejected") throw conflict("leave.decided", `Leave ${leaveId} is already ${before.state}`);
  const changes = { state: "cancelled" as const, decidedAt: new Date().toISOString(), decidedBy: actor.staffNo, department: before.department };
  await transaction({ LeaveEntity, AuditEntity }, (e) => [
    e.LeaveEntity.patch({ leaveId }).set(changes).commit(),
    e.AuditEntity.create(Audit.item({ action: "leave.cancel", target: { type: "leave", id: leaveId }, before })).commit(),
  ]);
  return { ...before, ...changes, valid: false };
}

export async function forStaff(staffNo: string, range: { from?: string; to?: string } = {}) {
  const staff = await mustFromNo(staffNo);
  assertSelfOrSupervisor(staffNo, staff.department);
  const result = await LeaveEntity.query
    .byStaff({ staffNo })
    .between({ from: range.from ? addDays(range.from, -MAX_LEAVE_DAYS) : "0000" }, { from: range.to ? addDays(range.to, 1) : "9999" })
    .go({ pages: "all" });
  return result.data.map(present).filter((l) => (!range.from || l.to >= range.from) && (!range.to || l.from <= range.to));
}

/** Requests waiting for a decision in a department. */
export async function pending(department: Department) {
  const result = await LeaveEntity.query.byState({ department: department, state: "requested" }).go({ pages: "all" });
  return result.data.map(present);
}

/** Approved leave of a department overlapping [from, to] (no access check: callers have done it). */
export async function approvedBetween(department: Department, from: string, to: string) {
  const result = await LeaveEntity.query
    .byState({ department: department, state: "approved" })
    .between({ from: addDays(from, -MAX_LEAVE_DAYS) }, { from: addDays(to, 1) })
    .go({ pages: "all" });
  return result.data.map(present).filter((l) => l.to >= from && l.from <= to);
}

/** Every day of a leave within [from, to]. */
export function leaveDays(leave: Pick<Info, "from" | "to">, from: string, to: string) {
  const days: string[] = [];
  for (let d = leave.from > from ? leave.from : from; d <= leave.to && d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}
