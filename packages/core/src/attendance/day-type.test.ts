import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coveredYears, dayType, holidayName, payRatePercent } from "./day-type";
import { addDays, weekday } from "./time";

const RATES = { workdayRatePercent: 150, restDayRatePercent: 200, holidayRatePercent: 300 };

describe("day types from the holiday package", () => {
  it("National Day 2025: statutory days, the weekend inside the period, in-lieu days and adjusted working days", () => {
    expect(["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06"].map((d) => dayType(d))).toEqual(["holiday", "holiday", "holiday", "holiday"]);
    // Saturday and Sunday inside the period, and the two days given in lieu, are rest days (200 %).
    expect(["2025-10-04", "2025-10-05", "2025-10-07", "2025-10-08"].map((d) => dayType(d))).toEqual(["rest", "rest", "rest", "rest"]);
    // 调休: Sunday 28 September and Saturday 11 October are working days.
    expect(dayType("2025-09-28")).toBe("workday");
    expect(dayType("2025-10-11")).toBe("workday");
    expect(holidayName("2025-09-28")).toBe("国庆节");
  });

  it("Spring Festival 2026: four statutory days, the rest of the period rest days", () => {
    const period = Array.from({ length: 9 }, (_, i) => addDays("2026-02-15", i));
    expect(period.filter((d) => dayType(d) === "holiday")).toEqual(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"]);
    expect(period.every((d) => dayType(d) !== "workday")).toBe(true);
    expect(dayType("2026-02-14")).toBe("workday");
  });

  it("a statutory holiday on a weekend needs an override: the package does not mark its 补休 day", () => {
    // Mid-Autumn 2022 was Saturday 10 September, made up on Monday the 12th; the data cannot tell.
    expect(dayType("2022-09-12")).toBe("holiday");
    const fixed = { "2022-09-10": "holiday", "2022-09-12": "rest" } as const;
    expect([dayType("2022-09-10", fixed), dayType("2022-09-11", fixed), dayType("2022-09-12", fixed)]).toEqual(["holiday", "rest", "rest"]);
  });

  it("New Year 2026: one statutory day, the 2nd in lieu, Sunday the 4th a working day", () => {
    expect(["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"].map((d) => dayType(d))).toEqual(["holiday", "rest", "rest", "workday"]);
  });

  it("outside holiday periods: weekdays work, weekends rest; overrides win", () => {
    expect(dayType("2026-03-09")).toBe("workday");
    expect(dayType("2026-03-07")).toBe("rest");
    expect(dayType("2026-03-09", { "2026-03-09": "holiday" })).toBe("holiday");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (n) => {
        const day = addDays("2020-01-01", n);
        const type = dayType(day);
        if (type === "holiday") return holidayName(day) !== undefined;
        if (holidayName(day) === undefined) return type === (weekday(day) >= 6 ? "rest" : "workday");
        return true;
      }),
    );
  });

  it("pay rate class follows the day type", () => {
    expect([payRatePercent("workday", RATES), payRatePercent("rest", RATES), payRatePercent("holiday", RATES)]).toEqual([150, 200, 300]);
  });

  it("the bundled data covers the current year", () => {
    expect(coveredYears()).toContain(2026);
  });
});
