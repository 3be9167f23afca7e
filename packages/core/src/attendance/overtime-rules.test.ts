import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../settings/schema";
import { overtimeBreaches, paidOvertimeMinutes } from "./overtime-rules";
import { attendanceScore } from "./score";

const LIMITS = DEFAULT_SETTINGS.attendance.overtime;

describe("overtime limits (RULES.md §3)", () => {
  it("1 h a day normally, 3 h for special reasons, 36 h a month", () => {
    expect(overtimeBreaches({ minutes: 60, special: false }, { dayMinutes: 0, monthMinutes: 0 }, LIMITS)).toEqual([]);
    expect(overtimeBreaches({ minutes: 61, special: false }, { dayMinutes: 0, monthMinutes: 0 }, LIMITS)).toEqual([{ limit: "day", maxMinutes: 60, totalMinutes: 61 }]);
    expect(overtimeBreaches({ minutes: 180, special: true }, { dayMinutes: 0, monthMinutes: 0 }, LIMITS)).toEqual([]);
    expect(overtimeBreaches({ minutes: 30, special: true }, { dayMinutes: 0, monthMinutes: 2140 }, LIMITS)).toEqual([{ limit: "month", maxMinutes: 2160, totalMinutes: 2170 }]);
  });

  it("a grant is within limits exactly when the day and month totals stay within them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.boolean(), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 3000 }), (minutes, special, day, month) => {
        const breaches = overtimeBreaches({ minutes, special }, { dayMinutes: day, monthMinutes: month }, LIMITS);
        const dayOk = day + minutes <= (special ? 180 : 60);
        const monthOk = month + minutes <= 2160;
        return breaches.some((b) => b.limit === "day") === !dayOk && breaches.some((b) => b.limit === "month") === !monthOk;
      }),
    );
  });

  it("paid overtime is what was worked beyond the plan, up to what was approved", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), (m, a) => paidOvertimeMinutes(m, a) === Math.min(m, a)));
  });
});

describe("attendance score", () => {
  const formula = DEFAULT_SETTINGS.attendance.score;
  it("starts at 100 and loses the configured points per incident, within 0..100", () => {
    const none = { lateCount: 0, lateMinutes: 0, earlyLeaveCount: 0, absentDays: 0, missingPunches: 0, overLimitOvertime: 0 };
    expect(attendanceScore(none, formula)).toBe(100);
    expect(attendanceScore({ ...none, lateCount: 2, absentDays: 1, missingPunches: 3 }, formula)).toBe(100 - 4 - 10 - 3);
    const n = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(n, n, n, n, n, n, (a, b, c, d, e, f) => {
        const s = attendanceScore({ lateCount: a, lateMinutes: b, earlyLeaveCount: c, absentDays: d, missingPunches: e, overLimitOvertime: f }, formula);
        const more = attendanceScore({ lateCount: a + 1, lateMinutes: b, earlyLeaveCount: c, absentDays: d, missingPunches: e, overLimitOvertime: f }, formula);
        return s >= 0 && s <= 100 && more <= s;
      }),
    );
  });
});
