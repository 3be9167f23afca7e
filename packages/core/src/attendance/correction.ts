import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useStaff } from "../actor";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { isConditionFailed, transaction } from "../db";
import { conflict, invalid, notFound } from "../error";
import { newId } from "../id";
import { Settings } from "../settings";
import { Department } from "../staff/roles";
import { mustFromNo } from "../staff/service";
import { CorrectionEntity, PunchEntity } from "./entities";
import { assertSelfOrSupervisor, assertSupervises } from "./scope";
import { localDay } from "./time";

/** How far back a missing punch can be corrected (the appraisal closes the month after). */
export const MAX_CORRECTION_AGE_DAYS = 45;

export const Info = z.object({
  correctionId: z.string(),
  staffNo: z.string(),
  department: Department,
  at: z.string(),
  direction: z.enum(["in", "out"]),
  reason: z.string(),
  state: z.enum(["requested", "approved", "rejected", "cancelled"]),
  requestedAt: z.string(),
  requestedBy: z.string(),
  decidedAt: z.string().optional(),
  decidedBy: z.string().optional(),
  note: z.string().optional(),
});
export type Info = z.infer<typeof Info>;

export const RequestInput = z.object({
  staffNo: z.string().regex(/^\d{3,8}$/).optional(),
  /** When the punch should have been made. */
  at: z.string().datetime({ offset: true }),
  direction: z.enum(["in", "out"]),
  reason: z.string().trim().min(1).max(500),
});

export const DecideInput = z.object({ approve: z.boolean(), note: z.string().trim().max(500).optional() });

function present(row: EntityItem<typeof CorrectionEntity>): Info {
  const { correctionId, staffNo, department, at, direction, reason, state, requestedAt, requestedBy, decidedAt, decidedBy, note } = row;
  return { correctionId, staffNo, department, at, direction, reason, state, requestedAt, requestedBy, decidedAt, decidedBy, note };
}

export async function request(input: z.input<typeof RequestInput>, now = new Date()): Promise<Info> {
  const fields = RequestInput.parse(input);
  const actor = useStaff();
  const staffNo = fields.staffNo ?? actor.staffNo;
  const staff = await mustFromNo(staffNo);
  assertSelfOrSupervisor(staffNo, staff.department);
  const at = Date.parse(fields.at);
  if (at > now.getTime()) throw invalid("at", "correction.future", "A missing punch cannot be in the future");
  if (at < now.getTime() - MAX_CORRECTION_AGE_DAYS * 86_400_000) throw invalid("at", "correction.too-old", `Corrections go back ${MAX_CORRECTION_AGE_DAYS} days at most`);
  const row = {
    correctionId: newId(),
    staffNo,
    department: staff.department,
    at: new Date(at).toISOString(),
    direction: fields.direction,
    reason: fields.reason,
    state: "requested" as const,
    requestedAt: now.toISOString(),
    requestedBy: actor.staffNo,
  };
  await transaction({ CorrectionEntity, AuditEntity }, (e) => [
    e.CorrectionEntity.create(row).commit(),
    e.AuditEntity.create(Audit.item({ action: "correction.request", target: { type: "correction", id: row.correctionId }, after: row })).commit(),
  ]);
  return present(row);
}

export async function fromId(correctionId: string) {
  const row = await CorrectionEntity.get({ correctionId }).go({ consistent: true });
  if (!row.data) throw notFound("correction.not-found", `No correction ${correctionId}`);
  return present(row.data);
}

/**
 * Approval adds the punch in the same transaction as the decision, keyed by the correction, so
 * approving twice can never add two punches.
 */
export async function decide(correctionId: string, input: z.input<typeof DecideInput>, now = new Date()): Promise<Info> {
  const fields = DecideInput.parse(input);
  const before = await fromId(correctionId);
  const actor = assertSupervises(before.department);
  if (actor.staffNo === before.staffNo) throw conflict("correction.own", "Someone else must approve your own correction");
  if (before.state !== "requested") throw conflict("correction.decided", `Correction ${correctionId} is already ${before.state}`);
  const { settings } = await Settings.get();
  const changes = {
    state: fields.approve ? ("approved" as const) : ("rejected" as const),
    decidedAt: now.toISOString(),
    decidedBy: actor.staffNo,
    note: fields.note,
    department: before.department,
  };
  const day = localDay(Date.parse(before.at), settings.shop.timeZone);
  try {
    await transaction({ CorrectionEntity, PunchEntity, AuditEntity }, (e) => [
      e.CorrectionEntity.patch({ correctionId })
        .set(changes)
        .where((a, op) => op.eq(a.state, "requested"))
        .commit(),
      ...(fields.approve
        ? [
            e.PunchEntity.create({
              source: "correction",
              ref: correctionId,
              staffNo: before.staffNo,
              at: before.at,
              punchDay: day,
              direction: before.direction,
              // The day it counts for is worked out from the roster when attendance is computed.
              attendanceDay: day,
              lateMinutes: 0,
              earlyMinutes: 0,
              queued: false,
              receivedAt: now.toISOString(),
              correctionId,
            }).commit(),
          ]
        : []),
      e.AuditEntity.create(
        Audit.item({ action: fields.approve ? "correction.approve" : "correction.reject", target: { type: "correction", id: correctionId }, before, after: changes, note: fields.note }, now),
      ).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("correction.decided", `Correction ${correctionId} was decided meanwhile`);
    throw error;
  }
  return { ...before, ...changes };
}

export async function forStaff(staffNo: string) {
  const staff = await mustFromNo(staffNo);
  assertSelfOrSupervisor(staffNo, staff.department);
  const result = await CorrectionEntity.query.byStaff({ staffNo }).go({ pages: "all", order: "desc" });
  return result.data.map(present);
}

export async function pending(department: Department) {
  const result = await CorrectionEntity.query.byState({ department, state: "requested" }).go({ pages: "all" });
  return result.data.map(present);
}
