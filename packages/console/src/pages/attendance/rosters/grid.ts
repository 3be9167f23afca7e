import type { Coverage, RosterInfo } from "../../../api/attendance-types";
import { weekdayOf } from "../labels";

/** The roster's word for a day off. */
export const REST = "rest";

export type Cells = Record<string, string[]>;

/** People needed on a shift on a day: the weekday's own number if the coverage names one. */
export function need(coverage: Coverage, day: string, shiftCode: string) {
  return coverage.byWeekday?.[String(weekdayOf(day)) as "1"]?.[shiftCode] ?? coverage.perShift[shiftCode] ?? 0;
}

/**
 * Who is on each shift each day against what is needed, computed from the cells as edited (so
 * the coverage view follows every change before it is saved). Leave days do not count as present.
 */
export function coverageGrid(input: { days: string[]; shiftCodes: string[]; cells: Cells; coverage: Coverage; leave?: RosterInfo["problems"]["leave"] }) {
  const onLeave = new Set((input.leave ?? []).flatMap((l) => l.days.map((d) => `${l.staffNo}|${d}`)));
  return input.shiftCodes.map((shiftCode) => ({
    shiftCode,
    days: input.days.map((day, i) => {
      let have = 0;
      for (const [staffNo, row] of Object.entries(input.cells)) if (row[i] === shiftCode && !onLeave.has(`${staffNo}|${day}`)) have++;
      const wanted = need(input.coverage, day, shiftCode);
      return { day, have, need: wanted, short: have < wanted };
    }),
  }));
}

/** Cells with the local edits laid over the saved ones. */
export function withEdits(cells: Cells, edits: ReadonlyMap<string, string>, days: string[]): Cells {
  const out: Cells = {};
  for (const [staffNo, row] of Object.entries(cells)) out[staffNo] = row.map((value, i) => edits.get(`${staffNo}|${days[i]}`) ?? value);
  return out;
}

/** Rest days per person in the edited month (the quota the timetable sets is per month or per week). */
export const restCount = (row: readonly string[]) => row.filter((v) => v === REST).length;

/** The edits as the API takes them, leaving out cells set back to what was saved. */
export function changesOf(cells: Cells, edits: ReadonlyMap<string, string>, days: string[]) {
  const out: { staffNo: string; day: string; value: string }[] = [];
  for (const [key, value] of edits) {
    const [staffNo, day] = key.split("|") as [string, string];
    if (cells[staffNo]?.[days.indexOf(day)] !== value) out.push({ staffNo, day, value });
  }
  return out;
}

/**
 * Weekend needs as the API takes them: its schema wants every weekday named once a weekday is
 * named at all, so Monday to Friday repeat the everyday numbers.
 */
export function byWeekday(perShift: Record<string, number>, weekend: Record<string, number>) {
  return Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), d >= 6 ? { ...perShift, ...weekend } : perShift])) as Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", Record<string, number>>;
}
