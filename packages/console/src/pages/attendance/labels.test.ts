import { describe, expect, it } from "vitest";
import { daysOfMonth, hoursMinutes, shiftMonth, weekdayOf } from "./labels";

describe("attendance calendar helpers", () => {
  it("steps months across the year end and counts a leap February", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(daysOfMonth("2028-02")).toHaveLength(29);
    expect(daysOfMonth("2026-02").at(-1)).toBe("2026-02-28");
  });

  it("names weekdays 1 (Monday) to 7 (Sunday) and shows minutes as hours", () => {
    expect(weekdayOf("2026-03-02")).toBe(1);
    expect(weekdayOf("2026-03-01")).toBe(7);
    expect(hoursMinutes(95)).toBe("1:35");
  });
});
