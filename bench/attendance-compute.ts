/**
 * Attendance computation for 200 staff × 31 days, in process: generated rosters (day, night
 * across midnight, split shifts) and punches (on time, late, early, forgotten check-outs, rest-day
 * work), through the same computeDays the service uses, then the monthly summary and score.
 * Run: npx tsx bench/attendance-compute.ts
 */
import { performance } from "node:perf_hooks";
import type { DayPlan, Punch } from "../packages/core/src/attendance/day-rules";
import { dayType } from "../packages/core/src/attendance/day-type";
import { computeDays } from "../packages/core/src/attendance/report";
import { occurrence } from "../packages/core/src/attendance/shift";
import { summarizeMonth } from "../packages/core/src/attendance/summary";
import { addDays, daysOfMonth } from "../packages/core/src/attendance/time";
import { DEFAULT_SETTINGS } from "../packages/core/src/settings/schema";

const STAFF = 200;
const MONTH = "2026-03";
const TZ = DEFAULT_SETTINGS.shop.timeZone;
const shifts = DEFAULT_SETTINGS.attendance.timetables.flatMap((t) => t.shifts);
const SHAPES = [shifts.find((s) => s.code === "day")!, DEFAULT_SETTINGS.attendance.timetables[3]!.shifts[1]!, shifts.find((s) => s.code === "split")!];

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const jitter = (minutes: number) => Math.round((random() - 0.5) * 2 * minutes) * 60_000;

const days = daysOfMonth(MONTH);
const span = [addDays(days[0]!, -1), ...days, addDays(days.at(-1)!, 1)];
const people = Array.from({ length: STAFF }, (_, i) => {
  const shape = SHAPES[i % SHAPES.length]!;
  const plans: DayPlan[] = span.map((day, d) => ({ day, occurrence: (d + i) % 7 === 0 ? undefined : occurrence(shape, day, TZ) }));
  const punches: Punch[] = [];
  for (const plan of plans) {
    if (!plan.occurrence) {
      if (random() < 0.05) punches.push({ at: Date.parse(`${plan.day}T02:00:00Z`), direction: "in" }, { at: Date.parse(`${plan.day}T05:00:00Z`), direction: "out" });
      continue;
    }
    if (random() < 0.02) continue;
    for (const segment of plan.occurrence.segments) {
      punches.push({ at: segment.start + jitter(15), direction: "in" });
      if (random() < 0.03) continue;
      punches.push({ at: segment.end + jitter(30), direction: "out" });
    }
  }
  return { plans, punches };
});

const settings = DEFAULT_SETTINGS;
const now = Date.parse("2026-04-02T00:00:00Z");
const approved = new Map([[days[3]!, { minutes: 60, overLimit: false }]]);
const a = settings.attendance;
const totalPunches = people.reduce((n, p) => n + p.punches.length, 0);

console.log(`Attendance for ${STAFF} staff × ${days.length} days (${totalPunches} punches), in process`);
for (let run = 1; run <= 5; run++) {
  const t0 = performance.now();
  let flagged = 0;
  let scoreSum = 0;
  for (const person of people) {
    const results = computeDays(days, person.plans, person.punches, now, settings);
    flagged += results.filter((r) => r.flags.length > 0).length;
    scoreSum += summarizeMonth(MONTH, results, approved, (d) => dayType(d, a.holidayOverrides), a.overtime, a.score).score;
  }
  const ms = performance.now() - t0;
  console.log(`run ${run}: ${ms.toFixed(1)} ms  (${((ms * 1000) / (STAFF * days.length)).toFixed(1)} µs per staff-day; ${flagged} flagged days; mean score ${(scoreSum / STAFF).toFixed(1)})`);
}
