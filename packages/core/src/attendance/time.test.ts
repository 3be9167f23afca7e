import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysOfMonth, localDay, localInstant, localMinutes, offsetMinutes, weekday } from "./time";

const SH = "Asia/Shanghai";
const anyDay = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays("1990-01-01", n));
const anyMinute = fc.integer({ min: 0, max: 1439 });

describe("shop time zone arithmetic", () => {
  it("a local wall time in Shanghai maps to an instant and back to the same day and minute", () => {
    fc.assert(
      fc.property(anyDay, anyMinute, (day, minute) => {
        const at = localInstant(day, minute, SH);
        return localDay(at, SH) === day && localMinutes(at, SH) === minute;
      }),
    );
  });

  it("Shanghai is UTC+8 on every day since 1992 (computed through the zone, not assumed)", () => {
    fc.assert(fc.property(anyDay.filter((d) => d >= "1992-01-01"), anyMinute, (day, minute) => offsetMinutes(localInstant(day, minute, SH), SH) === 480));
    expect(new Date(localInstant("2026-03-09", 8 * 60 + 30, SH)).toISOString()).toBe("2026-03-09T00:30:00.000Z");
  });

  it("minutes past 24:00 fall on the next day (a shift ending at 01:00)", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 2879 }), (day, minute) => {
        return localInstant(day, minute, SH) === localInstant(addDays(day, Math.floor(minute / 1440)), minute % 1440, SH);
      }),
    );
  });

  it("a zone with daylight saving: wall times outside the gap round-trip; shift lengths follow the real clock", () => {
    const NY = "America/New_York";
    fc.assert(
      fc.property(anyDay.filter((d) => d >= "2010-01-01"), fc.integer({ min: 4 * 60, max: 1439 }), (day, minute) => {
        const at = localInstant(day, minute, NY);
        return localDay(at, NY) === day && localMinutes(at, NY) === minute;
      }),
    );
    // 2026-03-08 02:00 → 03:00: the night from 22:00 to 06:00 lasts seven hours, not eight.
    expect((localInstant("2026-03-07", 30 * 60, NY) - localInstant("2026-03-07", 22 * 60, NY)) / 3_600_000).toBe(7);
  });

  it("calendar helpers", () => {
    expect(daysOfMonth("2026-02")).toHaveLength(28);
    expect(daysOfMonth("2028-02")).toHaveLength(29);
    expect(weekday("2026-03-09")).toBe(1);
    expect(weekday("2026-03-08")).toBe(7);
    fc.assert(fc.property(anyDay, fc.integer({ min: -400, max: 400 }), (day, n) => addDays(addDays(day, n), -n) === day));
  });
});
