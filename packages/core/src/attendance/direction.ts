import { assignPunches, segmentWindows, type DayPlan, type Direction, type Punch, type PunchWindows } from "./day-rules";
import type { Occurrence } from "./shift";

export interface ScanDecision {
  direction: Direction;
  /** The attendance day the scan counts for (a night shift's check-out counts for the day it began). */
  day: string;
  occurrence?: Occurrence;
  segment?: number;
  /** Minutes late when this is a late check-in (before any grace). */
  lateMinutes: number;
  /** Minutes before the segment's end when this is an early check-out. */
  earlyMinutes: number;
}

/**
 * In or out, from the plan and the punches so far. A scan is a check-out only when this same
 * segment of this same shift already has a check-in (or its end has passed with none): a check-in
 * left open on an earlier day never turns the next scan into its check-out — that day shows a
 * missing check-out instead.
 */
export function decideDirection(at: number, plans: DayPlan[], earlier: Punch[], windows: PunchWindows, timeZone: string): ScanDecision {
  const scan: Punch = { at, direction: "in" };
  const assigned = assignPunches(plans, [...earlier.filter((p) => p.at <= at), scan], windows, timeZone);
  const day = [...assigned.entries()].find(([, list]) => list.includes(scan))![0];
  const sameDay = assigned.get(day)!.filter((p) => p !== scan);
  const plan = plans.find((p) => p.day === day && p.occurrence && !p.onLeave);
  const windowsOf = plan?.occurrence ? segmentWindows(plan.occurrence.segments, windows) : [];
  const index = windowsOf.findIndex((w) => at >= w.from && at < w.to);
  // Outside every window of the day's shift (or no shift): unplanned work, paired within the calendar day.
  if (!plan?.occurrence || index < 0) {
    const last = sameDay.at(-1);
    return { direction: last?.direction === "in" ? "out" : "in", day, lateMinutes: 0, earlyMinutes: 0 };
  }
  const segments = plan.occurrence.segments;
  const segment = segments[index]!;
  const window = windowsOf[index]!;
  const last = sameDay.filter((p) => p.at >= window.from && p.at < window.to).at(-1);
  const direction: Direction = last?.direction === "in" || (!last && at >= segment.end) ? "out" : "in";
  return {
    direction,
    day,
    occurrence: plan.occurrence,
    segment: index,
    lateMinutes: direction === "in" ? Math.max(0, Math.floor((at - segment.start) / 60_000)) : 0,
    earlyMinutes: direction === "out" ? Math.max(0, Math.floor((segment.end - at) / 60_000)) : 0,
  };
}

/** Whether a scan repeats the previous one within the window (a double beep, not a second punch). */
export function isRepeat(at: number, previous: Punch | undefined, windowSeconds: number) {
  return !!previous && at >= previous.at && at - previous.at < windowSeconds * 1000;
}

/** Greeting by the shop's local hour; the kiosk shows it in the person's language. */
export function greeting(at: number, timeZone: string): "morning" | "noon" | "afternoon" | "evening" | "night" {
  const hour = Number(new Intl.DateTimeFormat("en-US", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(at));
  if (hour >= 5 && hour < 11) return "morning";
  if (hour >= 11 && hour < 13) return "noon";
  if (hour >= 13 && hour < 18) return "afternoon";
  if (hour >= 18 && hour < 23) return "evening";
  return "night";
}
