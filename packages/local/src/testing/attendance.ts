import { randomUUID } from "node:crypto";
import { withActor, type Actor } from "@dianwu/core/actor";
import { AttendanceTime, Clock, Correction, Leave, Overtime, Roster } from "@dianwu/core/attendance";
import { Settings } from "@dianwu/core/settings";
import type { Department, Role } from "@dianwu/core/staff";

/** Factories for attendance tests: rosters with chosen cells, kiosk scans, requests, timetables. */
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

/** Requests are made by the staff member themselves, as the console's "我的考勤" page does. */
const staffActor = (person: { staffNo: string; roles: Role[] }): Actor => ({ type: "staff", staffNo: person.staffNo, roles: person.roles });

export async function makeLeave(
  person: { staffNo: string; roles: Role[] },
  options: { from: string; to?: string; coverStaffNo?: string; kind?: Leave.Info["kind"]; reason?: string },
) {
  return withActor(staffActor(person), () =>
    Leave.request({ from: options.from, to: options.to ?? options.from, kind: options.kind ?? "personal", reason: options.reason ?? "家里有事", coverStaffNo: options.coverStaffNo }),
  );
}

export async function makeCorrection(person: { staffNo: string; roles: Role[] }, options: { at: string; direction?: "in" | "out"; reason?: string }) {
  return withActor(staffActor(person), () => Correction.request({ at: options.at, direction: options.direction ?? "out", reason: options.reason ?? "忘记打卡" }));
}

export async function makeOvertime(person: { staffNo: string; roles: Role[] }, options: { day: string; minutes: number; special?: boolean; reason?: string }) {
  return withActor(staffActor(person), () =>
    Overtime.request({ day: options.day, minutes: options.minutes, special: options.special ?? false, reason: options.reason ?? "客户还在咨询" }),
  );
}

/** Adds (or replaces, by code) a timetable in the settings, e.g. one whose shift began an hour ago. */
export async function useTimetable(timetable: Roster.Info["timetable"]) {
  return withActor(BOSS, async () => {
    const { settings, version } = await Settings.get();
    const timetables = [...settings.attendance.timetables.filter((t) => t.code !== timetable.code), timetable];
    return Settings.update({ settings: { ...settings, attendance: { ...settings.attendance, timetables } }, version });
  });
}

/** A badge scanned at a clock-in kiosk at `at` (the kiosk API's own use case, as if the scan happened then). */
export async function makePunch(badgeCode: string, at: Date) {
  const kiosk: Actor = { type: "device", device: { id: "test-clock-in", kind: "clock_in", name: "打卡机" } };
  return withActor(kiosk, () => Clock.scan(scanBody(badgeCode, { deviceTime: at.toISOString() }), at));
}
