import type * as z from "zod";
import type { ShiftTemplate, Timetable } from "../settings/schema";
import { clockMinutes, localInstant } from "./time";

export type Shift = z.output<typeof ShiftTemplate>;
export type TimetableInfo = z.output<typeof Timetable>;

/** One worked stretch of a shift on a given day, as instants. */
export interface Segment {
  start: number;
  end: number;
}

/** A shift worked on one attendance day: the day it starts, even when it ends after midnight. */
export interface Occurrence {
  day: string;
  shiftCode: string;
  segments: Segment[];
}

/**
 * A shift's segments as minutes from the attendance day's midnight. An end at or before its start
 * crosses midnight (17:30–01:00 ends at 25:00); a segment starting before the previous one ended
 * belongs to the next day too, so the segments always run forward.
 */
export function segmentMinutes(shift: Shift): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let floor = 0;
  for (const segment of shift.segments) {
    let start = clockMinutes(segment.start);
    while (start < floor) start += 1440;
    let end = clockMinutes(segment.end) + (start - (start % 1440));
    while (end <= start) end += 1440;
    out.push({ start, end });
    floor = end;
  }
  return out;
}

/** The shift worked on `day`, placed in time through the shop's zone. */
export function occurrence(shift: Shift, day: string, timeZone: string): Occurrence {
  return {
    day,
    shiftCode: shift.code,
    segments: segmentMinutes(shift).map((s) => ({
      start: localInstant(day, s.start, timeZone),
      end: localInstant(day, s.end, timeZone),
    })),
  };
}

export function plannedMinutes(occ: Occurrence) {
  return occ.segments.reduce((sum, s) => sum + Math.round((s.end - s.start) / 60_000), 0);
}

export function findShift(timetable: TimetableInfo, code: string): Shift | undefined {
  return timetable.shifts.find((s) => s.code === code);
}

/** "08:30–17:30" or "10:00–14:00 + 17:30–23:00", for lists and CSV. */
export function describeShift(shift: Shift) {
  return shift.segments.map((s) => `${s.start}–${s.end}`).join(" + ");
}
