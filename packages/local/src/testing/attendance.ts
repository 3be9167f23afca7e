import { randomUUID } from "node:crypto";
import { withActor, type Actor } from "@dianwu/core/actor";
import { AttendanceTime, Roster } from "@dianwu/core/attendance";
import type { Department } from "@dianwu/core/staff";

/** Factories for attendance tests: rosters with chosen cells, kiosk scans. */
export const BOSS: Actor = { type: "staff", staffNo: "0000", roles: ["boss"] };

/**
 * A published roster for a department's month: generated for `staffNos` (everyone resting by
 * default), then `cells` set exactly as given ({ staffNo: { "2026-03-09": "day" } }).
 */
export async function makeRoster(options: {
  department: Department;
  month: string;
  staffNos: string[];
  cells?: Record<string, Record<string, string>>;
  timetableCode?: string;
  publish?: boolean;
}) {
  return withActor(BOSS, async () => {
    const timetableCode = options.timetableCode ?? (options.department === "warehouse" ? "warehouse" : "cs-d");
    // One roster per department and month: later calls add their people to it.
    const existing = await Roster.get(options.department, options.month).catch(() => undefined);
    const version =
      existing?.version ??
      (await Roster.generate({ department: options.department, month: options.month, staffNos: options.staffNos, timetableCode, coverage: { perShift: {} } })).version;
    const everyDay = AttendanceTime.daysOfMonth(options.month);
    const changes = options.staffNos.flatMap((staffNo) =>
      everyDay.map((day) => ({ staffNo, day, value: options.cells?.[staffNo]?.[day] ?? "rest" })),
    );
    const edited = await Roster.edit(options.department, options.month, { version, changes });
    if (options.publish === false || edited.status === "published") return edited;
    return Roster.publish(options.department, options.month, { version: edited.version, acceptProblems: true });
  });
}

let sequence = 1;

/** A kiosk scan body: a fresh sequence number and idempotency key unless given. */
export function scanBody(code: string, overrides: Partial<{ sequence: number; idempotencyKey: string; deviceTime: string; queued: boolean }> = {}) {
  return {
    code,
    sequence: overrides.sequence ?? sequence++,
    idempotencyKey: overrides.idempotencyKey ?? randomUUID(),
    deviceTime: overrides.deviceTime ?? new Date().toISOString(),
    queued: overrides.queued ?? false,
  };
}
