// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { PunchResult } from "../api/attendance";
import { ApiError } from "../api/problem";
import { presentPunch, presentRepeat, syncReason } from "./present";

const base: PunchResult = {
  result: "in",
  staff: { staffNo: "1024", name: "沈打包" },
  at: "2026-03-02T00:42:00.000Z",
  attendanceDay: "2026-03-02",
  shift: { code: "day", name: "白班", segments: [{ start: "08:30", end: "17:30" }] },
  greeting: "morning",
  warnings: [],
  replayed: false,
};

describe("presentPunch", () => {
  it("greets by name and shows the time and shift in the shop's zone", () => {
    const view = presentPunch(base, "Asia/Shanghai");
    expect(view.greeting).toEqual({ key: "clock.greeting.morning", params: { name: "沈打包" } });
    expect(view.direction.key).toBe("clock.in");
    expect(view.lines).toContainEqual({ key: "clock.at", params: { time: "08:42", staffNo: "1024" } });
    expect(view.lines).toContainEqual({ key: "clock.shift", params: { name: "白班", hours: "08:30–17:30" } });
  });

  it("warns loudly about a late check-in and an early check-out", () => {
    const late = presentPunch({ ...base, warnings: [{ code: "late", minutes: 12 }] }, "Asia/Shanghai");
    expect(late.lines).toContainEqual({ key: "clock.late", params: { minutes: 12 }, warning: true });
    const early = presentPunch({ ...base, result: "out", warnings: [{ code: "early-leave", minutes: 30 }] }, "Asia/Shanghai");
    expect(early.direction.key).toBe("clock.out");
    expect(early.lines).toContainEqual({ key: "clock.earlyLeave", params: { minutes: 30 }, warning: true });
  });

  it("shows a split shift's two parts and says when there is no shift", () => {
    const split = presentPunch(
      { ...base, shift: { code: "split", name: "中班", segments: [{ start: "10:00", end: "14:00" }, { start: "17:30", end: "23:00" }] } },
      "Asia/Shanghai",
    );
    expect(split.lines).toContainEqual({ key: "clock.shift", params: { name: "中班", hours: "10:00–14:00 + 17:30–23:00" } });
    const none = presentPunch({ ...base, shift: null, warnings: [{ code: "no-shift" }] }, "Asia/Shanghai");
    expect(none.lines.map((l) => l.key)).toContain("clock.noShift");
  });
});

describe("presentRepeat", () => {
  it("names the earlier punch and the window", () => {
    const line = presentRepeat({ ...base, result: "ignored", previousAt: "2026-03-02T00:41:00.000Z", repeatWindowSeconds: 60 }, "Asia/Shanghai");
    expect(line).toEqual({ key: "clock.repeatHint", params: { name: "沈打包", time: "08:41", seconds: 60 } });
  });
});

describe("syncReason", () => {
  it("explains the refusals a replayed punch can meet", () => {
    const error = (code: string) => new ApiError({ type: "x", title: code, status: 400, code });
    expect(syncReason(error("badge.unknown"))).toBe("clock.reason.badge");
    expect(syncReason(error("attendance.queued-too-old"))).toBe("clock.reason.tooOld");
    expect(syncReason(error("something.else"))).toBe("clock.reason.other");
  });
});
