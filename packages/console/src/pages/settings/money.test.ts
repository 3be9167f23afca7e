// @vitest-environment node
import { describe, expect, it } from "vitest";
import { fenToYuan, parseYuan } from "./money";

describe("money", () => {
  it("shows fen as yuan with two decimals", () => {
    expect(fenToYuan(0)).toBe("0.00");
    expect(fenToYuan(500)).toBe("5.00");
    expect(fenToYuan(2029)).toBe("20.29");
    expect(fenToYuan(-150)).toBe("-1.50");
  });

  it("reads yuan as typed, exactly, into fen", () => {
    expect(parseYuan("12")).toBe(1200);
    expect(parseYuan("12.5")).toBe(1250);
    expect(parseYuan(" 0.29 ")).toBe(29);
    expect(parseYuan("¥100.05")).toBe(10005);
    expect(parseYuan("3.")).toBe(300);
  });

  it("refuses what is not an amount in fen", () => {
    for (const text of ["", "abc", "1.234", "-5", "1,000", "1e3"]) expect(parseYuan(text)).toBeUndefined();
  });

  it("round-trips every amount", () => {
    for (const fen of [0, 1, 9, 10, 99, 100, 12345, 50000]) expect(parseYuan(fenToYuan(fen))).toBe(fen);
  });
});
