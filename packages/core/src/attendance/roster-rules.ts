import type { TimetableInfo } from "./shift";
import { daysBetween, daysOfMonth, weekday } from "./time";

/**
 * Monthly rosters: a grid of staff × days whose cells hold a shift code or "rest". Generation
 * follows a rotation (which shift each group works in which week of the cycle) and then hands out
 * rest days by the timetable's quota, each on the day its shift can best spare someone; analysis
 * finds the shifts short of their coverage and the rest-day quotas not met, for the supervisor.
 */
export const REST = "rest";

export interface Rotation {
  /** The shift each group works in each week of the cycle: ["day", "day", "split"] is a three-week cycle. */
  cycle: string[];
  /** The weekday the cycle moves on (1 Monday … 7 Sunday; 6 = switching on Saturday). */
  switchWeekday: number;
  /** A day on which group 0 starts week 0 of the cycle; later months continue from it. */
  anchor: string;
}

export interface Coverage {
  /** People needed on each shift every day. */
  perShift: Record<string, number>;
  /** Different needs on some weekdays ("6", "7" for the weekend). */
  byWeekday?: Record<string, Record<string, number>>;
}

export type Cells = Record<string, string[]>;

export interface Leave {
  staffNo: string;
  days: string[];
  coverStaffNo?: string;
}

export function need(coverage: Coverage, day: string, shiftCode: string) {
  return coverage.byWeekday?.[String(weekday(day))]?.[shiftCode] ?? coverage.perShift[shiftCode] ?? 0;
}

/** The rotation's shift for a group on a day. */
export function rotationShift(rotation: Rotation, group: number, day: string) {
  // Weeks of the cycle begin on the switch weekday: count from the last switch on or before the anchor.
  const sinceSwitch = (weekday(rotation.anchor) - rotation.switchWeekday + 7) % 7;
  const week = Math.floor((daysBetween(rotation.anchor, day) + sinceSwitch) / 7);
  const length = rotation.cycle.length;
  return rotation.cycle[(((week + group) % length) + length) % length]!;
}

/** The stretches of the month each holding a rest-day quota: whole weeks (Mon–Sun) or the month. */
export function quotaPeriods(month: string, restDays: TimetableInfo["restDays"]) {
  const days = daysOfMonth(month);
  if (restDays.per === "month") return [{ days, quota: restDays.count, whole: true }];
  const periods: { days: string[]; quota: number; whole: boolean }[] = [];
  for (const day of days) {
    if (periods.length === 0 || weekday(day) === 1) periods.push({ days: [], quota: 0, whole: false });
    periods.at(-1)!.days.push(day);
  }
  for (const p of periods) {
    p.whole = p.days.length === 7;
    // A week cut by the month's edge gets its share, rounded (4+ days of a one-rest-day week keep it).
    p.quota = p.whole ? restDays.count : Math.round((restDays.count * p.days.length) / 7);
  }
  return periods;
}

/** A draft roster for the month: rotation first, then rest days where coverage can best spare them. */
export function generateRoster(input: { month: string; staff: string[]; timetable: TimetableInfo; rotation?: Rotation; coverage: Coverage }): Cells {
  const days = daysOfMonth(input.month);
  const rotation = input.rotation ?? {
    cycle: input.timetable.shifts.map((s) => s.code),
    switchWeekday: 1,
    anchor: "2024-01-01",
  };
  const cells: Cells = {};
  const working = new Map<string, number>();
  const key = (day: number, shift: string) => `${day}|${shift}`;
  input.staff.forEach((staffNo, group) => {
    cells[staffNo] = days.map((day, i) => {
      const shift = rotationShift(rotation, group, day);
      working.set(key(i, shift), (working.get(key(i, shift)) ?? 0) + 1);
      return shift;
    });
  });
  const periods = quotaPeriods(input.month, input.timetable.restDays);
  input.staff.forEach((staffNo, n) => {
    const row = cells[staffNo]!;
    for (const period of periods) {
      const indices = period.days.map((d) => days.indexOf(d));
      // A monthly quota is spread: one rest day in each of `quota` equal stretches of the month.
      const slots = period.whole && input.timetable.restDays.per === "month" ? split(indices, period.quota) : [indices].flatMap((ix) => Array.from({ length: period.quota }, () => ix));
      for (const slot of slots) {
        const candidates = slot.filter((i) => row[i] !== REST);
        if (candidates.length === 0) continue;
        // Staggered tie-break so equally spare days go to different people.
        const best = candidates
          .map((i, order) => ({ i, spare: (working.get(key(i, row[i]!)) ?? 0) - need(input.coverage, days[i]!, row[i]!), stagger: (order + n * 3) % candidates.length }))
          .sort((a, b) => b.spare - a.spare || a.stagger - b.stagger)[0]!;
        working.set(key(best.i, row[best.i]!), (working.get(key(best.i, row[best.i]!)) ?? 1) - 1);
        row[best.i] = REST;
      }
    }
  });
  return cells;
}

function split(indices: number[], parts: number): number[][] {
  if (parts <= 0) return [];
  return Array.from({ length: parts }, (_, p) => indices.slice(Math.floor((p * indices.length) / parts), Math.floor(((p + 1) * indices.length) / parts)));
}

export interface Uncovered {
  day: string;
  shiftCode: string;
  need: number;
  have: number;
}

export interface QuotaBreach {
  staffNo: string;
  from: string;
  to: string;
  restDays: number;
  quota: number;
  problem: "too-few-rest-days" | "too-many-rest-days";
}

export interface RosterProblems {
  uncovered: Uncovered[];
  quota: QuotaBreach[];
  unknownCells: { staffNo: string; day: string; value: string }[];
}

/**
 * What the supervisor must look at before publishing: shifts short of people (leave taken into
 * account: a person on leave does not count, their named cover does if free that day), rest-day
 * quotas missed or exceeded, and cells naming no shift of the timetable.
 */
export function analyseRoster(input: { month: string; cells: Cells; timetable: TimetableInfo; coverage: Coverage; leaves?: Leave[] }): RosterProblems {
  const days = daysOfMonth(input.month);
  const codes = new Set(input.timetable.shifts.map((s) => s.code));
  const onLeave = new Set<string>();
  const covers = new Map<string, { coverStaffNo: string; staffNo: string }[]>();
  for (const leave of input.leaves ?? []) {
    for (const day of leave.days) {
      onLeave.add(`${leave.staffNo}|${day}`);
      if (leave.coverStaffNo) covers.set(day, [...(covers.get(day) ?? []), { coverStaffNo: leave.coverStaffNo, staffNo: leave.staffNo }]);
    }
  }
  const unknownCells: RosterProblems["unknownCells"] = [];
  const uncovered: Uncovered[] = [];
  days.forEach((day, i) => {
    const have = new Map<string, number>();
    for (const [staffNo, row] of Object.entries(input.cells)) {
      const value = row[i] ?? "";
      if (value === REST) continue;
      if (!codes.has(value)) {
        unknownCells.push({ staffNo, day, value });
        continue;
      }
      if (!onLeave.has(`${staffNo}|${day}`)) have.set(value, (have.get(value) ?? 0) + 1);
    }
    for (const cover of covers.get(day) ?? []) {
      const shift = input.cells[cover.staffNo]?.[i];
      if (!shift || !codes.has(shift)) continue;
      const coverRow = input.cells[cover.coverStaffNo];
      // A cover from outside this roster, or resting here that day, fills the gap; one already on a shift does not.
      const free = !coverRow || coverRow[i] === REST || onLeave.has(`${cover.coverStaffNo}|${day}`);
      if (free) have.set(shift, (have.get(shift) ?? 0) + 1);
    }
    for (const code of codes) {
      const required = need(input.coverage, day, code);
      const count = have.get(code) ?? 0;
      if (count < required) uncovered.push({ day, shiftCode: code, need: required, have: count });
    }
  });
  const quota: QuotaBreach[] = [];
  for (const period of quotaPeriods(input.month, input.timetable.restDays)) {
    for (const [staffNo, row] of Object.entries(input.cells)) {
      const rest = period.days.filter((d) => row[days.indexOf(d)] === REST).length;
      const problem = rest < period.quota && period.whole ? "too-few-rest-days" : rest > period.quota ? "too-many-rest-days" : undefined;
      if (problem) quota.push({ staffNo, from: period.days[0]!, to: period.days.at(-1)!, restDays: rest, quota: period.quota, problem });
    }
  }
  return { uncovered, quota, unknownCells };
}
