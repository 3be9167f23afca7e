import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { occurrence, plannedMinutes, segmentMinutes, type Shift } from "./shift";
import { addDays, localDay } from "./time";

const SH = "Asia/Shanghai";
const NIGHT: Shift = { code: "night", name: "夜班", segments: [{ start: "17:30", end: "01:00" }] };
const SPLIT: Shift = { code: "split", name: "分段班", segments: [{ start: "10:00", end: "14:00" }, { start: "17:30", end: "23:00" }] };
const LATE: Shift = { code: "late", name: "晚班", segments: [{ start: "15:00", end: "24:00" }] };

describe("shift segments", () => {
  it("a shift crossing midnight ends the next calendar day but belongs to the day it starts", () => {
    expect(segmentMinutes(NIGHT)).toEqual([{ start: 1050, end: 1500 }]);
    const occ = occurrence(NIGHT, "2026-03-09", SH);
    expect(occ.day).toBe("2026-03-09");
    expect(new Date(occ.segments[0]!.end).toISOString()).toBe("2026-03-09T17:00:00.000Z");
    expect(localDay(occ.segments[0]!.end, SH)).toBe("2026-03-10");
    expect(plannedMinutes(occ)).toBe(450);
    expect(plannedMinutes(occurrence(LATE, "2026-03-09", SH))).toBe(540);
  });

  it("a split shift has two segments the same day, 9.5 hours in all", () => {
    const occ = occurrence(SPLIT, "2026-03-09", SH);
    expect(occ.segments).toHaveLength(2);
    expect(plannedMinutes(occ)).toBe(570);
  });

  it("any timetable: segments run forward, each 1 minute to 24 hours, and the length is the same every day", () => {
    const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
    const shift = fc.array(fc.record({ start: clock, end: clock }), { minLength: 1, maxLength: 3 }).map((segments) => ({ code: "x", name: "x", segments }));
    fc.assert(
      fc.property(shift, fc.integer({ min: 0, max: 5000 }), (s, n) => {
        const minutes = segmentMinutes(s);
        for (let i = 0; i < minutes.length; i++) {
          const m = minutes[i]!;
          if (m.end <= m.start || m.end - m.start > 1440) return false;
          if (i > 0 && m.start < minutes[i - 1]!.end) return false;
        }
        const day = addDays("2015-01-01", n);
        return plannedMinutes(occurrence(s, day, SH)) === minutes.reduce((t, m) => t + m.end - m.start, 0);
      }),
    );
  });
});
