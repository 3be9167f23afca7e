// @vitest-environment node
import { describe, expect, it } from "vitest";
import { hourIn, partOfDay } from "./greeting";

describe("greeting", () => {
  it("reads the hour in the shop's time zone", () => {
    // 01:30 UTC is 09:30 in Shanghai.
    expect(hourIn(new Date("2026-03-02T01:30:00Z"), "Asia/Shanghai")).toBe(9);
    expect(partOfDay(new Date("2026-03-02T01:30:00Z"), "Asia/Shanghai")).toBe("morning");
  });

  it("splits the day at noon and six", () => {
    const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00+08:00`);
    expect(partOfDay(at("11:59"), "Asia/Shanghai")).toBe("morning");
    expect(partOfDay(at("12:00"), "Asia/Shanghai")).toBe("afternoon");
    expect(partOfDay(at("18:00"), "Asia/Shanghai")).toBe("evening");
    expect(partOfDay(at("02:00"), "Asia/Shanghai")).toBe("evening");
  });
});
