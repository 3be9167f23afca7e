import * as z from "zod";
import { useStaff } from "../actor";
import { Settings, type SettingsInfo } from "../settings";
import { Department } from "../staff/roles";
import { list as listStaff, mustFromNo } from "../staff/service";
import { pending as pendingCorrections } from "./correction";
import { assignPunches, computeDay, type DayPlan, type DayResult, type Punch } from "./day-rules";
import { dayType, payRatePercent } from "./day-type";
import { approvedBetween, pending as pendingLeave } from "./leave";
import { approvedInMonth, pending as pendingOvertime } from "./overtime";
import { loadRosters, plansFromRosters } from "./roster";
import { assertSelfOrSupervisor, assertSupervises, supervisedDepartments } from "./scope";
import { punchesOf, punchesOnDay } from "./clock";
import { summarizeMonth } from "./summary";
import { addDays, daysOfMonth, localDay, localInstant, MONTH_PATTERN } from "./time";

const Month = z.string().regex(MONTH_PATTERN, "YYYY-MM");

export const DayInfo = z.object({
  day: z.string(),
  shiftCode: z.string().optional(),
  /** The shift's name in the settings' timetables (早班, 白班…), for screens read by people, not the code. */
  shiftName: z.string().optional(),
  dayType: z.enum(["workday", "rest", "holiday"]),
  ratePercent: z.number(),
  status: z.enum(["rest", "leave", "upcoming", "in-progress", "on-time", "irregular", "absent", "rest-worked"]),
  flags: z.array(z.enum(["late", "early-leave", "missing-punch", "absent", "absent-segment", "stray-punch", "not-in-yet"])),
  lateMinutes: z.number(),
  earlyLeaveMinutes: z.number(),
  workedMinutes: z.number(),
  overtimeMinutes: z.number(),
  missingPunches: z.array(z.object({ segment: z.number(), direction: z.enum(["in", "out"]) })),
  segments: z.array(z.object({ start: z.string(), end: z.string(), in: z.string().optional(), out: z.string().optional(), lateMinutes: z.number(), earlyLeaveMinutes: z.number() })),
  punches: z.array(z.object({ at: z.string(), direction: z.enum(["in", "out"]) })),
});
export type DayInfo = z.infer<typeof DayInfo>;

const iso = (ms: number) => new Date(ms).toISOString();

/** As the kiosk names a shift: the first timetable that has the code (the defaults agree on names). */
const shiftNameOf = (code: string, settings: SettingsInfo) => settings.attendance.timetables.flatMap((t) => t.shifts).find((s) => s.code === code)?.name ?? code;

export function presentDay(r: DayResult, settings: SettingsInfo): DayInfo {
  const type = dayType(r.day, settings.attendance.holidayOverrides);
  return {
    day: r.day,
    shiftCode: r.shiftCode,
    shiftName: r.shiftCode ? shiftNameOf(r.shiftCode, settings) : undefined,
    dayType: type,
    ratePercent: payRatePercent(type, settings.attendance.overtime),
    status: r.status,
    flags: r.flags,
    lateMinutes: r.lateMinutes,
    earlyLeaveMinutes: r.earlyLeaveMinutes,
    workedMinutes: r.workedMinutes,
    overtimeMinutes: r.overtimeMinutes,
    missingPunches: r.missingPunches,
    segments: r.segments.map((s) => ({
      start: iso(s.start),
      end: iso(s.end),
      in: s.in === undefined ? undefined : iso(s.in),
      out: s.out === undefined ? undefined : iso(s.out),
      lateMinutes: s.lateMinutes,
      earlyLeaveMinutes: s.earlyLeaveMinutes,
    })),
    punches: r.punches.map((p) => ({ at: iso(p.at), direction: p.direction })),
  };
}

/**
 * Day results for `days` from plans (one day either side included, for night shifts and early
 * check-ins) and punches. Pure apart from its inputs: the service and the benchmark share it.
 */
export function computeDays(days: string[], plans: DayPlan[], punches: Punch[], now: number, settings: SettingsInfo): DayResult[] {
  const a = settings.attendance;
  const windows = { beforeMinutes: a.punchWindowBeforeMinutes, afterMinutes: a.punchWindowAfterMinutes };
  const tolerance = { lateGraceMinutes: a.lateGraceMinutes, earlyLeaveGraceMinutes: a.earlyLeaveGraceMinutes };
  const byDay = assignPunches(plans, punches, windows, settings.shop.timeZone);
  return days.map((day) => computeDay(plans.find((p) => p.day === day) ?? { day }, byDay.get(day) ?? [], now, windows, tolerance));
}

function widen(days: string[]) {
  return [addDays(days[0]!, -1), ...days, addDays(days.at(-1)!, 1)];
}

async function resultsFor(person: { staffNo: string; department: Department }, days: string[], settings: SettingsInfo, now: number) {
  const tz = settings.shop.timeZone;
  const span = widen(days);
  const rosters = await loadRosters(person.department, [...new Set(span.map((d) => d.slice(0, 7)))]);
  const leaves = (await approvedBetween(person.department, span[0]!, span.at(-1)!)).filter((l) => l.staffNo === person.staffNo && l.valid);
  const plans = plansFromRosters(person.staffNo, person.department, span, tz, rosters, leaves);
  const from = localInstant(span[0]!, 0, tz);
  const to = localInstant(span.at(-1)!, 24 * 60 + settings.attendance.punchWindowAfterMinutes, tz);
  const punches = await punchesOf(person.staffNo, from, to);
  return computeDays(days, plans, punches, now, settings);
}

/** One staff member's attendance day by day (their own, or as their supervisor). */
export async function days(staffNo: string, from: string, to: string, now = new Date()) {
  const person = await mustFromNo(staffNo);
  assertSelfOrSupervisor(staffNo, person.department);
  const list: string[] = [];
  for (let d = from; d <= to && list.length < 62; d = addDays(d, 1)) list.push(d);
  const { settings } = await Settings.get();
  return (await resultsFor(person, list, settings, now.getTime())).map((r) => presentDay(r, settings));
}

export const Summary = z.object({
  staffNo: z.string(),
  name: z.string(),
  department: Department,
  month: z.string(),
  scheduledDays: z.number(),
  presentDays: z.number(),
  restDays: z.number(),
  leaveDays: z.number(),
  lateCount: z.number(),
  lateMinutes: z.number(),
  earlyLeaveCount: z.number(),
  earlyLeaveMinutes: z.number(),
  absentDays: z.number(),
  missingPunches: z.number(),
  workedMinutes: z.number(),
  overtimeMeasuredMinutes: z.number(),
  overtimeApprovedMinutes: z.number(),
  overtimePaidByRate: z.record(z.string(), z.number()),
  overLimitOvertime: z.number(),
  /** 0–100, by the formula in settings.attendance.score; the appraisal's attendance item. */
  score: z.number(),
});
export type Summary = z.infer<typeof Summary>;

async function summaryOf(person: { staffNo: string; name: string; department: Department }, month: string, settings: SettingsInfo, now: number): Promise<Summary> {
  const results = await resultsFor(person, daysOfMonth(month), settings, now);
  const approved = await approvedInMonth(person.staffNo, month);
  const a = settings.attendance;
  const summary = summarizeMonth(month, results, approved, (d) => dayType(d, a.holidayOverrides), a.overtime, a.score);
  return { staffNo: person.staffNo, name: person.name, department: person.department, ...summary };
}

/** The month of one staff member, with the attendance score (for the appraisal area, too). */
export async function monthly(staffNo: string, month: string, now = new Date()): Promise<Summary> {
  const person = await mustFromNo(staffNo);
  assertSelfOrSupervisor(staffNo, person.department);
  const { settings } = await Settings.get();
  return summaryOf(person, Month.parse(month), settings, now.getTime());
}

/**
 * The same month summary for other areas (the appraisal takes `score` as its attendance item).
 * No access check: the calling use case has decided who may see it.
 */
export async function summaryFor(staffNo: string, month: string, now = new Date()): Promise<Summary> {
  const person = await mustFromNo(staffNo);
  const { settings } = await Settings.get();
  return summaryOf(person, Month.parse(month), settings, now.getTime());
}

/** The month of everyone in a department (supervisors). */
export async function monthlyForDepartment(department: Department, month: string, now = new Date()): Promise<Summary[]> {
  assertSupervises(department);
  const { settings } = await Settings.get();
  const people = (await listStaff()).filter((s) => s.department === department && s.active);
  const out: Summary[] = [];
  for (const person of people) out.push(await summaryOf(person, Month.parse(month), settings, now.getTime()));
  return out;
}

export const BoardEntry = z.object({
  staffNo: z.string(),
  name: z.string(),
  department: Department,
  attendance: DayInfo,
});

/**
 * Today's attendance board for a department: everyone's plan and what their punches say so far.
 * Punches are read by local day (today and yesterday, for night shifts), two queries for all.
 */
export async function board(department: Department, now = new Date()) {
  assertSupervises(department);
  const { settings } = await Settings.get();
  const tz = settings.shop.timeZone;
  const today = localDay(now.getTime(), tz);
  const span = widen([today]);
  const people = (await listStaff()).filter((s) => s.department === department && s.active);
  const rosters = await loadRosters(department, [...new Set(span.map((d) => d.slice(0, 7)))]);
  const leaves = (await approvedBetween(department, span[0]!, span.at(-1)!)).filter((l) => l.valid);
  const rows = [...(await punchesOnDay(span[0]!)), ...(await punchesOnDay(today)), ...(await punchesOnDay(span[2]!))];
  const items = people.map((person) => {
    const plans = plansFromRosters(person.staffNo, department, span, tz, rosters, leaves.filter((l) => l.staffNo === person.staffNo));
    const punches = rows.filter((r) => r.staffNo === person.staffNo).map((r) => ({ at: Date.parse(r.at), direction: r.direction }));
    const [result] = computeDays([today], plans, punches, now.getTime(), settings);
    return { staffNo: person.staffNo, name: person.name, department, attendance: presentDay(result!, settings) };
  });
  return { day: today, department, items };
}

/** Everything waiting for the caller's decision: leave, corrections and overtime in the departments they supervise. */
export async function inbox() {
  const actor = useStaff();
  const scope = supervisedDepartments(actor.roles);
  const departments = scope === "all" ? Department.options : scope;
  const [leave, corrections, overtime] = await Promise.all([
    Promise.all(departments.map((d) => pendingLeave(d))),
    Promise.all(departments.map((d) => pendingCorrections(d))),
    Promise.all(departments.map((d) => pendingOvertime(d))),
  ]);
  return { leave: leave.flat(), corrections: corrections.flat(), overtime: overtime.flat() };
}
