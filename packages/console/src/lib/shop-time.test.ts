import { describe, expect, it } from "vitest";
import { clockIn, dayIn, zonedToIso } from "./shop-time";

describe("shop time", () => {
  it("reads an instant on the shop's clock, not the browser's", () => {
    // 17:30 UTC is 01:30 the next day in Shanghai: a night shift's end belongs to the shop's day.
    expect(dayIn("2026-03-01T17:30:00Z", "Asia/Shanghai")).toBe("2026-03-02");
    expect(clockIn("2026-03-01T17:30:00Z", "Asia/Shanghai")).toBe("01:30");
    expect(dayIn("2026-03-01T17:30:00Z", "UTC")).toBe("2026-03-01");
  });

  it("turns a time typed on the shop's clock into the instant it names", () => {
    expect(zonedToIso("2026-03-02T01:30", "Asia/Shanghai")).toBe("2026-03-01T17:30:00.000Z");
    expect(zonedToIso("2026-07-01T12:00", "Europe/Berlin")).toBe("2026-07-01T10:00:00.000Z");
  });
});
