import type { PunchResult } from "../api/attendance";
import type { ApiError } from "../api/problem";
import type { MessageKey, Params } from "../i18n";
import { clockTime } from "../lib/time";

export interface Line {
  key: MessageKey;
  params?: Params;
  /** Said loudly (late, early leave): the person should notice on the way past. */
  warning?: boolean;
}

export interface PunchView {
  greeting: Line;
  direction: Line;
  lines: Line[];
}

/** What the terminal shows for a recorded punch: greeting, in or out, the time, the shift, warnings. */
export function presentPunch(result: PunchResult, timeZone: string): PunchView {
  const name = result.staff.name;
  const lines: Line[] = [{ key: "clock.at", params: { time: clockTime(result.at, timeZone), staffNo: result.staff.staffNo } }];
  if (result.shift) {
    const hours = result.shift.segments.map((s) => `${s.start}–${s.end}`).join(" + ");
    lines.push({ key: "clock.shift", params: { name: result.shift.name, hours } });
  }
  for (const warning of result.warnings) {
    if (warning.code === "late") lines.push({ key: "clock.late", params: { minutes: warning.minutes ?? 0 }, warning: true });
    if (warning.code === "early-leave") lines.push({ key: "clock.earlyLeave", params: { minutes: warning.minutes ?? 0 }, warning: true });
    if (warning.code === "no-shift") lines.push({ key: "clock.noShift" });
  }
  if (result.replayed) lines.push({ key: "clock.replayed" });
  return {
    greeting: { key: `clock.greeting.${result.greeting}`, params: { name } },
    direction: { key: result.result === "out" ? "clock.out" : "clock.in" },
    lines,
  };
}

/** A repeat scan within the window: nothing recorded, and the screen says why. */
export function presentRepeat(result: PunchResult, timeZone: string): Line {
  return {
    key: "clock.repeatHint",
    params: { name: result.staff.name, time: clockTime(result.previousAt ?? result.at, timeZone), seconds: result.repeatWindowSeconds ?? 0 },
  };
}

/** Why the API would not record a punch replayed from the queue. */
export function syncReason(error: ApiError): MessageKey {
  switch (error.code) {
    case "badge.unknown":
      return "clock.reason.badge";
    case "attendance.queued-too-old":
      return "clock.reason.tooOld";
    case "attendance.device-time-ahead":
      return "clock.reason.clock";
    default:
      return "clock.reason.other";
  }
}
