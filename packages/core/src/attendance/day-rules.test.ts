import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignPunches, computeDay, type DayPlan, type Punch } from "./day-rules";
import { decideDirection, isRepeat } from "./direction";
import { occurrence, type Shift } from "./shift";
import { addDays } from "./time";

const SH = "Asia/Shanghai";
const MIN = 60_000;
const WINDOWS = { beforeMinutes: 120, afterMinutes: 240 };
const TOLERANCE = { lateGraceMinutes: 5, earlyLeaveGraceMinutes: 0 };
const DAY: Shift = { code: "day", name: "白班", segments: [{ start: "08:30", end: "17:30" }] };
const NIGHT: Shift = { code: "night", name: "夜班", segments: [{ start: "17:30", end: "01:00" }] };
const SPLIT: Shift = { code: "split", name: "分段班", segments: [{ start: "10:00", end: "14:00" }, { start: "17:30", end: "23:00" }] };

const anyDay = fc.integer({ min: 0, max: 4000 }).map((n) => addDays("2020-01-01", n));
const plan = (shift: Shift | undefined, day: string): DayPlan => ({ day, occurrence: shift && occurrence(shift, day, SH) });
const FAR_FUTURE = Date.parse("2100-01-01");

/** Punches for one segment: in at start + inOffset, out at end + outOffset (minutes). */
function worked(p: DayPlan, offsets: [number, number][]): Punch[] {
  return p.occurrence!.segments.flatMap((s, i) => [
    { at: s.start + offsets[i]![0] * MIN, direction: "in" as const },
    { at: s.end + offsets[i]![1] * MIN, direction: "out" as const },
  ]);
}

const inOffset = fc.integer({ min: -100, max: 100 });
// Within 100 minutes, so a split shift's check-out after 14:00 stays before the midpoint to 17:30.
const outOffset = fc.integer({ min: -100, max: 100 });

describe("attendance of one day", () => {
  it("late minutes beyond the grace, early leave and overtime are what the punches say, for any shift shape", () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom(DAY, NIGHT, SPLIT), fc.array(fc.tuple(inOffset, outOffset), { minLength: 2, maxLength: 2 }), (day, shift, offsets) => {
        const p = plan(shift, day);
        const r = computeDay(p, worked(p, offsets), FAR_FUTURE, WINDOWS, TOLERANCE);
        const used = offsets.slice(0, p.occurrence!.segments.length);
        const late = used.reduce((n, [i]) => n + (i > TOLERANCE.lateGraceMinutes ? i : 0), 0);
        const early = used.reduce((n, [, o]) => n + (o < 0 ? -o : 0), 0);
        const overtime = used.reduce((n, [, o]) => n + Math.max(0, o), 0);
        const planned = p.occurrence!.segments.reduce((n, s) => n + (s.end - s.start) / MIN, 0);
        const worked_ = planned - used.reduce((n, [i, o]) => n + Math.max(0, i) + Math.max(0, -o), 0);
        expect(r.lateMinutes).toBe(late);
        expect(r.earlyLeaveMinutes).toBe(early);
        expect(r.overtimeMinutes).toBe(overtime);
        expect(r.workedMinutes).toBe(worked_);
        expect(r.flags.includes("late")).toBe(late > 0);
        expect(r.flags.includes("early-leave")).toBe(early > 0);
        expect(r.status).toBe(late || early ? "irregular" : "on-time");
        expect(r.missingPunches).toEqual([]);
      }),
    );
  });

  it("a night shift's check-out after midnight belongs to the day the shift started", () => {
    fc.assert(
      fc.property(anyDay, inOffset, outOffset, (day, i, o) => {
        const plans = [plan(NIGHT, day), plan(NIGHT, addDays(day, 1))];
        const punches = worked(plans[0]!, [[i, o]]);
        const byDay = assignPunches(plans, punches, WINDOWS, SH);
        return byDay.get(day)?.length === 2 && !byDay.has(addDays(day, 1));
      }),
    );
  });

  it("a forgotten check-out is flagged on its day and never becomes the next day's check-in", () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom(DAY, NIGHT), inOffset, inOffset, outOffset, (day, shift, i1, i2, o2) => {
        const next = addDays(day, 1);
        const plans = [plan(shift, day), plan(shift, next)];
        const checkIn: Punch = { at: plans[0]!.occurrence!.segments[0]!.start + i1 * MIN, direction: "in" };
        // The next scan is decided by the kiosk rule: it must be a check-in for the new day.
        const nextAt = plans[1]!.occurrence!.segments[0]!.start + i2 * MIN;
        const decision = decideDirection(nextAt, plans, [checkIn], WINDOWS, SH);
        expect(decision).toMatchObject({ direction: "in", day: next });
        const punches = [checkIn, { at: nextAt, direction: "in" as const }, { at: plans[1]!.occurrence!.segments[0]!.end + o2 * MIN, direction: "out" as const }];
        const byDay = assignPunches(plans, punches, WINDOWS, SH);
        const first = computeDay(plans[0]!, byDay.get(day) ?? [], FAR_FUTURE, WINDOWS, TOLERANCE);
        const second = computeDay(plans[1]!, byDay.get(next) ?? [], FAR_FUTURE, WINDOWS, TOLERANCE);
        expect(first.missingPunches).toEqual([{ segment: 0, direction: "out" }]);
        expect(first.flags).toContain("missing-punch");
        expect(second.missingPunches).toEqual([]);
        expect(second.segments[0]!.in).toBe(nextAt);
      }),
    );
  });

  it("no punch on a finished shift is an absence; a split shift missing its second half is a partial absence", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const p = plan(SPLIT, day);
        expect(computeDay(p, [], FAR_FUTURE, WINDOWS, TOLERANCE)).toMatchObject({ status: "absent", flags: ["absent"] });
        const firstHalf = worked(p, [[0, 0], [0, 0]]).slice(0, 2);
        const r = computeDay(p, firstHalf, FAR_FUTURE, WINDOWS, TOLERANCE);
        expect(r.status).toBe("irregular");
        expect(r.flags).toContain("absent-segment");
        expect(r.workedMinutes).toBe(240);
      }),
    );
  });

  it("while a shift runs nothing is missing yet; before it starts it is upcoming", () => {
    const p = plan(DAY, "2026-03-09");
    const start = p.occurrence!.segments[0]!.start;
    expect(computeDay(p, [], start - 10 * MIN, WINDOWS, TOLERANCE).status).toBe("upcoming");
    const running = computeDay(p, [{ at: start + 20 * MIN, direction: "in" }], start + 60 * MIN, WINDOWS, TOLERANCE);
    expect(running).toMatchObject({ status: "in-progress", lateMinutes: 20, missingPunches: [] });
    expect(computeDay(p, [], start + 3 * MIN, WINDOWS, TOLERANCE).flags).toEqual([]);
    expect(computeDay(p, [], start + 30 * MIN, WINDOWS, TOLERANCE).flags).toEqual(["not-in-yet"]);
  });

  it("work on a rest day is all overtime; leave ignores the plan", () => {
    const rest: DayPlan = { day: "2026-03-08" };
    const at = Date.parse("2026-03-08T02:00:00Z");
    const r = computeDay(rest, [{ at, direction: "in" }, { at: at + 90 * MIN, direction: "out" }], FAR_FUTURE, WINDOWS, TOLERANCE);
    expect(r).toMatchObject({ status: "rest-worked", workedMinutes: 90, overtimeMinutes: 90 });
    expect(computeDay({ ...plan(DAY, "2026-03-09"), onLeave: true }, [], FAR_FUTURE, WINDOWS, TOLERANCE).status).toBe("leave");
  });
});

describe("the kiosk's in-or-out decision", () => {
  it("in, then out, for each segment of a split shift", () => {
    const p = plan(SPLIT, "2026-03-09");
    const [a, b] = p.occurrence!.segments as [{ start: number; end: number }, { start: number; end: number }];
    const punches: Punch[] = [];
    for (const at of [a.start - 5 * MIN, a.end + 2 * MIN, b.start - 1 * MIN, b.end + 30 * MIN]) {
      const d = decideDirection(at, [p], punches, WINDOWS, SH);
      punches.push({ at, direction: d.direction });
    }
    expect(punches.map((x) => x.direction)).toEqual(["in", "out", "in", "out"]);
  });

  it("reports lateness on a late check-in and an early check-out", () => {
    const p = plan(DAY, "2026-03-09");
    const s = p.occurrence!.segments[0]!;
    const late = decideDirection(s.start + 17 * MIN, [p], [], WINDOWS, SH);
    expect(late).toMatchObject({ direction: "in", lateMinutes: 17, day: "2026-03-09" });
    const early = decideDirection(s.end - 30 * MIN, [p], [{ at: s.start, direction: "in" }], WINDOWS, SH);
    expect(early).toMatchObject({ direction: "out", earlyMinutes: 30 });
  });

  it("a repeat scan is one within the window after the previous punch", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 600_000 }), fc.integer({ min: 0, max: 600 }), (t, gap, window) => {
        return isRepeat(t + gap, { at: t, direction: "in" }, window) === gap < window * 1000;
      }),
    );
    expect(isRepeat(1, undefined, 60)).toBe(false);
  });
});

describe("scans outside the shift's windows", () => {
  it("long after the shift's window a scan pairs with the day's unplanned punches, not with the shift", () => {
    const p = plan(DAY, "2026-03-09");
    const s = p.occurrence!.segments[0]!;
    const lateNight = s.end + 5 * 60 * MIN;
    const first = decideDirection(lateNight, [p], [{ at: s.start, direction: "in" }, { at: s.end, direction: "out" }], WINDOWS, SH);
    expect(first).toMatchObject({ direction: "in", day: "2026-03-09", lateMinutes: 0 });
    expect(first.occurrence).toBeUndefined();
  });
});
