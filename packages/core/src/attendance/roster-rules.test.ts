import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../settings/schema";
import { analyseRoster, generateRoster, REST, rotationShift, type Coverage } from "./roster-rules";
import { daysOfMonth, weekday } from "./time";

const TABLES = Object.fromEntries(DEFAULT_SETTINGS.attendance.timetables.map((t) => [t.code, t]));
const anyMonth = fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
const staffOf = (n: number) => Array.from({ length: n }, (_, i) => String(2000 + i));

describe("roster generation", () => {
  it("monthly quotas (2, 3, 4 rest days): everyone gets exactly their quota, and a roster with enough people is fully covered", () => {
    fc.assert(
      fc.property(anyMonth, fc.constantFrom("cs-a", "cs-b", "cs-c"), fc.integer({ min: 6, max: 14 }), (month, code, people) => {
        const timetable = TABLES[code]!;
        const coverage: Coverage = { perShift: Object.fromEntries(timetable.shifts.map((s) => [s.code, 2])) };
        const cells = generateRoster({ month, staff: staffOf(people), timetable, coverage });
        for (const row of Object.values(cells)) expect(row.filter((c) => c === REST)).toHaveLength(timetable.restDays.count);
        const problems = analyseRoster({ month, cells, timetable, coverage });
        expect(problems.quota).toEqual([]);
        expect(problems.uncovered).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("six on, one off: one rest day in every whole week; coverage holds with enough people", () => {
    fc.assert(
      fc.property(anyMonth, fc.constantFrom("cs-d", "cs-e", "warehouse"), fc.integer({ min: 8, max: 16 }), (month, code, people) => {
        const timetable = TABLES[code]!;
        const coverage: Coverage = { perShift: Object.fromEntries(timetable.shifts.map((s) => [s.code, 2])) };
        const cells = generateRoster({ month, staff: staffOf(people), timetable, coverage });
        const problems = analyseRoster({ month, cells, timetable, coverage });
        expect(problems.quota).toEqual([]);
        expect(problems.uncovered).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("a three-week rotation switches only on Saturdays", () => {
    const rotation = { cycle: ["day", "day", "split"], switchWeekday: 6, anchor: "2026-01-03" };
    const days = daysOfMonth("2026-03");
    for (const group of [0, 1, 2]) {
      days.forEach((day, i) => {
        if (i > 0 && rotationShift(rotation, group, day) !== rotationShift(rotation, group, days[i - 1]!)) expect(weekday(day)).toBe(6);
      });
    }
    // Every week, exactly one of the three groups works the split shift.
    for (const day of days) expect([0, 1, 2].filter((g) => rotationShift(rotation, g, day) === "split")).toHaveLength(1);
    // Within the cycle each group does two weeks of days and one of splits.
    const weeks = [0, 7, 14].map((offset) => rotationShift(rotation, 0, daysOfMonth("2026-01")[2 + offset]!));
    expect(weeks.sort()).toEqual(["day", "day", "split"]);
  });
});

describe("roster analysis", () => {
  const timetable = TABLES["cs-d"]!;
  const coverage: Coverage = { perShift: { day: 1, night: 1 } };
  const month = "2026-03";
  const base = () => generateRoster({ month, staff: staffOf(4), timetable, coverage });

  it("highlights a shift left without enough people after an edit", () => {
    const cells = base();
    const day = 9;
    for (const row of Object.values(cells)) if (row[day] === "night") row[day] = REST;
    const problems = analyseRoster({ month, cells, timetable, coverage });
    expect(problems.uncovered).toContainEqual({ day: "2026-03-10", shiftCode: "night", need: 1, have: 0 });
    expect(problems.quota.some((q) => q.problem === "too-many-rest-days")).toBe(true);
  });

  it("a person on leave leaves a gap unless their named cover is free that day", () => {
    const cells = base();
    const i = cells["2000"]!.findIndex((c) => c === "day");
    const day = daysOfMonth(month)[i]!;
    const colleagues = Object.keys(cells).filter((s) => s !== "2000" && cells[s]![i] === "day");
    for (const s of colleagues) cells[s]![i] = "night";
    const gap = analyseRoster({ month, cells, timetable, coverage, leaves: [{ staffNo: "2000", days: [day] }] });
    expect(gap.uncovered).toContainEqual({ day, shiftCode: "day", need: 1, have: 0 });
    const covered = analyseRoster({ month, cells, timetable, coverage, leaves: [{ staffNo: "2000", days: [day], coverStaffNo: "9999" }] });
    expect(covered.uncovered.filter((u) => u.day === day && u.shiftCode === "day")).toEqual([]);
  });

  it("names cells that are not a shift of the timetable", () => {
    const cells = base();
    cells["2001"]![0] = "lunch";
    expect(analyseRoster({ month, cells, timetable, coverage }).unknownCells).toEqual([{ staffNo: "2001", day: "2026-03-01", value: "lunch" }]);
  });
});
