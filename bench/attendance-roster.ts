/**
 * Roster generation for 60 staff × 31 days: the rotation, rest days placed by coverage, and the
 * analysis the supervisor sees (uncovered shifts, quota breaches). In process, pure rules.
 * Run: npx tsx bench/attendance-roster.ts
 */
import { performance } from "node:perf_hooks";
import { analyseRoster, generateRoster } from "../packages/core/src/attendance/roster-rules";
import { DEFAULT_SETTINGS } from "../packages/core/src/settings/schema";

const STAFF = Array.from({ length: 60 }, (_, i) => String(3000 + i));
const MONTH = "2026-03";
const RUNS = 30;

function measure(label: string, code: string, rotation?: { cycle: string[]; switchWeekday: number; anchor: string }) {
  const timetable = DEFAULT_SETTINGS.attendance.timetables.find((t) => t.code === code)!;
  const coverage = { perShift: Object.fromEntries(timetable.shifts.map((s) => [s.code, Math.floor(STAFF.length / timetable.shifts.length / 2)])) };
  const times: number[] = [];
  let problems = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const cells = generateRoster({ month: MONTH, staff: STAFF, timetable, rotation, coverage });
    const analysis = analyseRoster({ month: MONTH, cells, timetable, coverage });
    times.push(performance.now() - t0);
    problems = analysis.uncovered.length + analysis.quota.length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(44)} median ${median.toFixed(2)} ms  p90 ${times[Math.floor(times.length * 0.9)]!.toFixed(2)} ms  max ${times.at(-1)!.toFixed(2)} ms  (problems: ${problems})`);
}

console.log(`Roster generation + analysis, ${STAFF.length} staff × 31 days (${MONTH}), ${RUNS} runs each`);
measure("cs-a: 2 shifts, 3 rest days a month", "cs-a");
measure("cs-d: day/night, six on one off", "cs-d");
measure("cs-e: 3-week rotation switching Saturday", "cs-e", { cycle: ["day", "day", "split"], switchWeekday: 6, anchor: "2026-01-03" });
