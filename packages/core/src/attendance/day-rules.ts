import type { Occurrence, Segment } from "./shift";
import { localDay } from "./time";

/**
 * Attendance of one staff member on one attendance day, from the roster's plan and the punches.
 * Pure: the service reads roster, leave and punches; this decides what they mean.
 */
export type Direction = "in" | "out";

export interface Punch {
  at: number;
  direction: Direction;
}

export interface PunchWindows {
  /** A punch this long before a segment starts still belongs to it. */
  beforeMinutes: number;
  /** A punch this long after a segment ends still belongs to it (a customer still being served). */
  afterMinutes: number;
}

export interface Tolerances {
  lateGraceMinutes: number;
  earlyLeaveGraceMinutes: number;
}

/** The plan for one attendance day: a shift, a rest day (no occurrence), or approved leave. */
export interface DayPlan {
  day: string;
  occurrence?: Occurrence;
  onLeave?: boolean;
}

/** "not-in-yet": a segment has started (past the grace) and nobody checked in — for today's board. */
export type Flag = "late" | "early-leave" | "missing-punch" | "absent" | "absent-segment" | "stray-punch" | "not-in-yet";

export type DayStatus = "rest" | "leave" | "upcoming" | "in-progress" | "on-time" | "irregular" | "absent" | "rest-worked";

export interface SegmentResult {
  start: number;
  end: number;
  in?: number;
  out?: number;
  state: "upcoming" | "running" | "over";
  lateMinutes: number;
  earlyLeaveMinutes: number;
  workedMinutes: number;
  overtimeMinutes: number;
  missing: Direction[];
  absent: boolean;
}

export interface DayResult {
  day: string;
  shiftCode?: string;
  status: DayStatus;
  flags: Flag[];
  lateMinutes: number;
  earlyLeaveMinutes: number;
  workedMinutes: number;
  /** Time present after a segment's end (or all time worked on a rest day): overtime if approved. */
  overtimeMinutes: number;
  missingPunches: { segment: number; direction: Direction }[];
  segments: SegmentResult[];
  punches: Punch[];
}

const MINUTE = 60_000;

/** The stretch of time whose punches belong to each segment: between neighbours, split at the midpoint. */
export function segmentWindows(segments: Segment[], windows: PunchWindows) {
  return segments.map((segment, i) => {
    const previous = segments[i - 1];
    const next = segments[i + 1];
    return {
      from: previous ? (previous.end + segment.start) / 2 : segment.start - windows.beforeMinutes * MINUTE,
      to: next ? (segment.end + next.start) / 2 : segment.end + windows.afterMinutes * MINUTE,
    };
  });
}

export function occurrenceWindow(occ: Occurrence, windows: PunchWindows) {
  const all = segmentWindows(occ.segments, windows);
  return { from: all[0]!.from, to: all.at(-1)!.to };
}

/**
 * Which attendance day each punch belongs to: the planned shift whose window holds it (the nearer
 * one when two windows overlap), else the calendar day it happened on. A night shift's check-out
 * after midnight thus stays with the day the shift started.
 */
export function assignPunches(plans: DayPlan[], punches: Punch[], windows: PunchWindows, timeZone: string) {
  const byDay = new Map<string, Punch[]>();
  const planned = plans.filter((p) => p.occurrence && !p.onLeave).map((p) => ({ plan: p, window: occurrenceWindow(p.occurrence!, windows) }));
  for (const punch of [...punches].sort((a, b) => a.at - b.at)) {
    const holders = planned.filter((c) => punch.at >= c.window.from && punch.at < c.window.to);
    let day: string;
    if (holders.length === 0) day = localDay(punch.at, timeZone);
    else {
      holders.sort((a, b) => distance(punch.at, a.plan.occurrence!) - distance(punch.at, b.plan.occurrence!));
      day = holders[0]!.plan.day;
    }
    const list = byDay.get(day) ?? [];
    list.push(punch);
    byDay.set(day, list);
  }
  return byDay;
}

function distance(at: number, occ: Occurrence) {
  return Math.min(...occ.segments.flatMap((s) => [Math.abs(at - s.start), Math.abs(at - s.end)]));
}

/** Presence as in→out pairs; an in with no out (or an out with no in) makes no interval. */
function intervals(punches: Punch[]) {
  const out: [number, number][] = [];
  let open: number | undefined;
  for (const p of punches) {
    if (p.direction === "in") open ??= p.at;
    else if (open !== undefined) {
      out.push([open, p.at]);
      open = undefined;
    }
  }
  return out;
}

function overlapMinutes(spans: [number, number][], from: number, to: number) {
  let ms = 0;
  for (const [a, b] of spans) ms += Math.max(0, Math.min(b, to) - Math.max(a, from));
  return Math.floor(ms / MINUTE);
}

function segmentResult(segment: Segment, window: { from: number; to: number }, punches: Punch[], now: number, t: Tolerances): SegmentResult {
  const mine = punches.filter((p) => p.at >= window.from && p.at < window.to);
  const state = now < segment.start ? "upcoming" : now < window.to ? "running" : "over";
  const firstIn = mine.find((p) => p.direction === "in")?.at;
  const lastOut = mine.filter((p) => p.direction === "out").at(-1)?.at;
  const spans = intervals(mine);
  const late = firstIn === undefined ? 0 : Math.max(0, Math.floor((firstIn - segment.start) / MINUTE));
  const early = lastOut === undefined || (firstIn !== undefined && lastOut < firstIn) ? 0 : Math.max(0, Math.floor((segment.end - lastOut) / MINUTE));
  const missing: Direction[] = [];
  const absent = state === "over" && mine.length === 0;
  if (state === "over" && !absent) {
    if (firstIn === undefined) missing.push("in");
    if (lastOut === undefined || (firstIn !== undefined && lastOut < firstIn)) missing.push("out");
  }
  return {
    start: segment.start,
    end: segment.end,
    in: firstIn,
    out: lastOut,
    state,
    lateMinutes: late > t.lateGraceMinutes ? late : 0,
    earlyLeaveMinutes: early > t.earlyLeaveGraceMinutes && state !== "upcoming" ? early : 0,
    workedMinutes: overlapMinutes(spans, segment.start, segment.end),
    overtimeMinutes: overlapMinutes(spans, segment.end, window.to),
    missing,
    absent,
  };
}

/** Attendance for one day, as of `now` (a shift still running has nothing missing yet). */
export function computeDay(plan: DayPlan, punches: Punch[], now: number, windows: PunchWindows, t: Tolerances): DayResult {
  const sorted = [...punches].sort((a, b) => a.at - b.at);
  const base = { day: plan.day, shiftCode: plan.occurrence?.shiftCode, lateMinutes: 0, earlyLeaveMinutes: 0, missingPunches: [], segments: [], punches: sorted };
  if (plan.onLeave) return { ...base, status: "leave", flags: [], workedMinutes: 0, overtimeMinutes: 0 };
  if (!plan.occurrence) {
    const worked = intervals(sorted).reduce((sum, [a, b]) => sum + Math.floor((b - a) / MINUTE), 0);
    const dangling = sorted.length > 0 && intervals(sorted).length * 2 < sorted.length;
    return {
      ...base,
      status: sorted.length ? "rest-worked" : "rest",
      flags: dangling ? ["missing-punch"] : [],
      workedMinutes: worked,
      overtimeMinutes: worked,
    };
  }
  const segments = plan.occurrence.segments;
  const windowsOf = segmentWindows(segments, windows);
  const results = segments.map((s, i) => segmentResult(s, windowsOf[i]!, sorted, now, t));
  const inWindows = sorted.filter((p) => windowsOf.some((w) => p.at >= w.from && p.at < w.to)).length;
  const flags = new Set<Flag>();
  const allAbsent = results.every((r) => r.absent);
  for (const r of results) {
    if (r.lateMinutes > 0) flags.add("late");
    if (r.earlyLeaveMinutes > 0 && r.state === "over") flags.add("early-leave");
    if (r.missing.length) flags.add("missing-punch");
    if (r.absent && !allAbsent) flags.add("absent-segment");
    if (r.state === "running" && r.in === undefined && now - r.start > t.lateGraceMinutes * MINUTE) flags.add("not-in-yet");
  }
  if (allAbsent) flags.add("absent");
  if (inWindows < sorted.length) flags.add("stray-punch");
  const status: DayStatus = results.every((r) => r.state === "upcoming")
    ? "upcoming"
    : results.some((r) => r.state !== "over")
      ? "in-progress"
      : allAbsent
        ? "absent"
        : flags.size
          ? "irregular"
          : "on-time";
  return {
    ...base,
    status,
    flags: [...flags],
    lateMinutes: sum(results, "lateMinutes"),
    earlyLeaveMinutes: results.filter((r) => r.state === "over").reduce((n, r) => n + r.earlyLeaveMinutes, 0),
    workedMinutes: sum(results, "workedMinutes"),
    overtimeMinutes: sum(results, "overtimeMinutes"),
    missingPunches: results.flatMap((r, segment) => r.missing.map((direction) => ({ segment, direction }))),
    segments: results,
  };
}

function sum(results: SegmentResult[], key: "lateMinutes" | "workedMinutes" | "overtimeMinutes") {
  return results.reduce((n, r) => n + r[key], 0);
}
