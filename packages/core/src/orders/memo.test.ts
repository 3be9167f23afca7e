import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../settings/schema";
import { FLAGS, flagName, staffFromMemo, warehouseMark } from "./memo";

const { memoStaffPattern, warehouseFlag, warehouseHandlerPattern } = DEFAULT_SETTINGS.orders;

describe("seller memo conventions (RULES.md §2)", () => {
  it("finds the CS agent's staff number written as #1023 or 工号1023", () => {
    expect(["#1023", "已核对 #1023 加急", "工号1023", "工号 1023 送货上门", "# 1023"].map((m) => staffFromMemo(m, memoStaffPattern))).toEqual([
      "1023",
      "1023",
      "1023",
      "1023",
      "1023",
    ]);
    expect(["", "加急", "#12", "1023", undefined].map((m) => staffFromMemo(m, memoStaffPattern))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("uses the shop's own pattern when it has one", () => {
    expect(staffFromMemo("客服:88 已核对", "客服[:：](\\d+)")).toBe("88");
    expect(staffFromMemo("#1023", "客服[:：](\\d+)")).toBeUndefined();
  });

  it("finds any staff number of 3 to 6 digits written with the marker, wherever it is", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }).filter((s) => !/[#工]/.test(s)), fc.integer({ min: 100, max: 999_999 }), fc.string({ maxLength: 20 }).filter((s) => !/^\d/.test(s)), (before, no, after) => {
        return staffFromMemo(`${before}#${no}${after}`, memoStaffPattern) === String(no);
      }),
    );
  });

  it("names the six flags by number", () => {
    expect(FLAGS).toEqual(["none", "red", "yellow", "green", "blue", "purple"]);
    expect([0, 1, 2, 3, 4, 5, undefined, 9].map(flagName)).toEqual(["none", "red", "yellow", "green", "blue", "purple", "none", "none"]);
  });

  it("records the warehouse's handler code only with the warehouse's (yellow) flag", () => {
    const conventions = { warehouseFlag, warehouseHandlerPattern };
    expect(warehouseMark("#1011 仓A7", 2, conventions)).toEqual({ handlerCode: "A7" });
    expect(warehouseMark("#1011 仓库: 23", 2, conventions)).toEqual({ handlerCode: "23" });
    expect(warehouseMark("#1011 仓A7", 1, conventions)).toBeUndefined();
    expect(warehouseMark("#1011 加急", 2, conventions)).toBeUndefined();
  });
});
