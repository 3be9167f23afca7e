// @vitest-environment node
import { describe, expect, it } from "vitest";
import { fieldErrors, getAt, patternOf, setAt } from "./paths";

const doc = { fines: { lateFen: 100 }, list: [{ name: "a" }, { name: "b" }], weights: { operations: { kpi: 40 } } };

describe("settings paths", () => {
  it("reads and writes nested values without touching the original", () => {
    expect(getAt(doc, ["list", 1, "name"])).toBe("b");
    expect(getAt(doc, ["missing", "x"])).toBeUndefined();
    const next = setAt(doc, ["list", 1, "name"], "c");
    expect(getAt(next, ["list", 1, "name"])).toBe("c");
    expect(doc.list[1]!.name).toBe("b");
    expect(next.fines).toBe(doc.fines);
  });

  it("names the shape of a path: list indices and map keys become *", () => {
    expect(patternOf(["attendance", "timetables", 2, "shifts", 0, "name"], new Set())).toBe("attendance.timetables.*.shifts.*.name");
    expect(patternOf(["appraisal", "departmentWeights", "operations", "kpi"], new Set(["appraisal.departmentWeights"]))).toBe(
      "appraisal.departmentWeights.*.kpi",
    );
  });

  it("turns the API's field errors into document paths", () => {
    expect(
      fieldErrors([
        { field: "settings.fines.complaintFirstFen", message: "too small" },
        { field: "settings.appraisal.weights", message: "must add up to 100" },
        { field: "version", message: "required" },
      ]),
    ).toEqual({ "fines.complaintFirstFen": "too small", "appraisal.weights": "must add up to 100" });
    expect(fieldErrors(undefined, { field: "settings.shop.timeZone", detail: "unknown time zone" })).toEqual({
      "shop.timeZone": "unknown time zone",
    });
  });
});
