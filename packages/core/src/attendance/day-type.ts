import calendar from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { addDays, weekday } from "./time";

/**
 * What kind of day a calendar day is in mainland China, from the `chinese-days` package's bundled
 * data (State Council holiday arrangements, shipped inside the package: no fetch at run time).
 * We read its data file rather than its functions because those parse dates in the host's time
 * zone and answer for the wrong day west of UTC.
 *
 * - workday: Monday–Friday, or a weekend day made a working day (调休上班);
 * - rest: a weekend, or a day off given in lieu of an adjusted working day (调休) — 200 % overtime;
 * - holiday: a statutory public holiday (法定节假日) — 300 % overtime (Labour Law art. 44).
 *
 * The package lists every day off of a holiday period and marks the in-lieu ones, but not which
 * of the rest are statutory. Its label carries the statutory day count N: the statutory days are
 * the period's days that are not in lieu, dropping plain weekend days (latest first) while more
 * than N remain. docs/decisions/0041 explains; `overrides` (a setting) corrects any single day.
 */
export type DayType = "workday" | "rest" | "holiday";

interface Calendar {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}

const data = calendar as Calendar;
let statutory: Set<string> | undefined;

function statutoryDays(): Set<string> {
  if (statutory) return statutory;
  statutory = new Set();
  const days = Object.keys(data.holidays).sort();
  for (let i = 0; i < days.length; ) {
    const label = data.holidays[days[i]!]!;
    const period: string[] = [];
    // A period: consecutive days off under one label.
    while (i < days.length && data.holidays[days[i]!] === label && (period.length === 0 || addDays(period.at(-1)!, 1) === days[i])) {
      period.push(days[i]!);
      i++;
    }
    const count = Number(label.split(",")[2] ?? period.length) || period.length;
    const kept = period.filter((day) => !data.inLieuDays[day]);
    for (let j = kept.length - 1; j >= 0 && kept.length > count; j--) {
      if (weekday(kept[j]!) >= 6) kept.splice(j, 1);
    }
    for (const day of kept) statutory.add(day);
  }
  return statutory;
}

export function dayType(day: string, overrides: Record<string, DayType> = {}): DayType {
  const override = overrides[day];
  if (override) return override;
  if (data.workdays[day]) return "workday";
  if (data.holidays[day]) return statutoryDays().has(day) ? "holiday" : "rest";
  return weekday(day) >= 6 ? "rest" : "workday";
}

/** The holiday's name (e.g. 国庆节) for a day in a holiday period or an adjusted working day. */
export function holidayName(day: string): string | undefined {
  const label = data.holidays[day] ?? data.workdays[day];
  return label?.split(",")[1];
}

/** Overtime pay rate class of a day type, in percent of the normal rate. */
export function payRatePercent(type: DayType, rates: { workdayRatePercent: number; restDayRatePercent: number; holidayRatePercent: number }) {
  return type === "holiday" ? rates.holidayRatePercent : type === "rest" ? rates.restDayRatePercent : rates.workdayRatePercent;
}

/** The years the package has arrangements for (a shop should update it each December). */
export function coveredYears(): number[] {
  return [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort();
}
