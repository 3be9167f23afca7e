import { describe, expect, it } from "vitest";
import { byWeekday, changesOf, coverageGrid, need, withEdits } from "./grid";

const days = ["2026-03-06", "2026-03-07", "2026-03-08"]; // Friday, Saturday, Sunday

describe("roster grid", () => {
  it("takes a weekday's own coverage where the coverage names one", () => {
    const coverage = { perShift: { day: 2 }, byWeekday: byWeekday({ day: 2 }, { day: 3 }) };
    // Friday, Saturday, Sunday, then Monday: only the weekend takes the weekend's number.
    expect([...days, "2026-03-09"].map((d) => need(coverage, d, "day"))).toEqual([2, 3, 3, 2]);
    expect(need(coverage, days[0]!, "night")).toBe(0);
  });

  it("counts who is on each shift as edited, leave not counted, and marks the short days", () => {
    const cells = { "1001": ["day", "day", "rest"], "1002": ["day", "rest", "day"] };
    const edits = new Map([["1002|2026-03-07", "day"]]);
    const edited = withEdits(cells, edits, days);
    const grid = coverageGrid({ days, shiftCodes: ["day"], cells: edited, coverage: { perShift: { day: 2 } }, leave: [{ staffNo: "1001", days: ["2026-03-06"] }] });
    expect(grid[0]!.days.map((d) => [d.have, d.short])).toEqual([
      [1, true],
      [2, false],
      [1, true],
    ]);
  });

  it("sends only the cells that differ from the saved roster", () => {
    const cells = { "1001": ["day", "day", "rest"] };
    const edits = new Map([
      ["1001|2026-03-06", "day"],
      ["1001|2026-03-08", "night"],
    ]);
    expect(changesOf(cells, edits, days)).toEqual([{ staffNo: "1001", day: "2026-03-08", value: "night" }]);
  });
});
