import { describe, expect, it } from "vitest";
import { hourRange, totalsByHour } from "./hours";

describe("hour columns of the activity tables", () => {
  it("span the first to the last hour anyone packed, without gaps", () => {
    expect(hourRange([{ byHour: { "09": 3, "11": 1 } }, { byHour: { "08": 0, "13": 2 } }])).toEqual(["09", "10", "11", "12", "13"]);
    expect(hourRange([{ byHour: {} }])).toEqual([]);
  });

  it("sum per hour across benches", () => {
    expect(totalsByHour([{ byHour: { "09": 3 } }, { byHour: { "09": 2, "10": 1 } }])).toEqual({ "09": 5, "10": 1 });
  });
});
