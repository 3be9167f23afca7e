import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { isConditionFailed, transaction } from "../db";
import { Department } from "../staff/roles";
import { mustFromNo } from "../staff/service";
import { CorrectionEntity, LeaveEntity, OvertimeEntity } from "./entities";

/**
 * Someone left: their requests still waiting for a decision are withdrawn, so supervisors' inboxes
 * do not fill with requests nobody will follow up. Decided requests stay as they are (history).
 * Idempotent: each withdrawal is conditional on the request still waiting.
 */
export async function withdrawPending(staffNo: string) {
  const person = await mustFromNo(staffNo);
  const department = person.department;
  const [leave, corrections, overtime] = await Promise.all([
    LeaveEntity.query.byState({ department, state: "requested" }).go({ pages: "all" }),
    CorrectionEntity.query.byState({ department, state: "requested" }).go({ pages: "all" }),
    OvertimeEntity.query.byState({ department, state: "requested" }).go({ pages: "all" }),
  ]);
  const now = new Date().toISOString();
  const note = "withdrawn: the staff member left";
  const changes = { state: "cancelled" as const, decidedAt: now, decidedBy: "system", note, department: department as Department };
  let withdrawn = 0;
  const guard = async (write: () => Promise<unknown>) => {
    try {
      await write();
      withdrawn++;
    } catch (error) {
      // Decided meanwhile (or withdrawn by an earlier delivery): nothing to do.
      if (!isConditionFailed(error)) throw error;
    }
  };
  for (const row of leave.data.filter((r) => r.staffNo === staffNo)) {
    await guard(() =>
      transaction({ LeaveEntity, AuditEntity }, (e) => [
        e.LeaveEntity.patch({ leaveId: row.leaveId }).set(changes).where((a, op) => op.eq(a.state, "requested")).commit(),
        e.AuditEntity.create(Audit.item({ action: "leave.withdraw", target: { type: "leave", id: row.leaveId }, note })).commit(),
      ]),
    );
  }
  for (const row of corrections.data.filter((r) => r.staffNo === staffNo)) {
    await guard(() =>
      transaction({ CorrectionEntity, AuditEntity }, (e) => [
        e.CorrectionEntity.patch({ correctionId: row.correctionId }).set(changes).where((a, op) => op.eq(a.state, "requested")).commit(),
        e.AuditEntity.create(Audit.item({ action: "correction.withdraw", target: { type: "correction", id: row.correctionId }, note })).commit(),
      ]),
    );
  }
  for (const row of overtime.data.filter((r) => r.staffNo === staffNo)) {
    await guard(() =>
      transaction({ OvertimeEntity, AuditEntity }, (e) => [
        e.OvertimeEntity.patch({ overtimeId: row.overtimeId }).set(changes).where((a, op) => op.eq(a.state, "requested")).commit(),
        e.AuditEntity.create(Audit.item({ action: "overtime.withdraw", target: { type: "overtime", id: row.overtimeId }, note })).commit(),
      ]),
    );
  }
  return withdrawn;
}
