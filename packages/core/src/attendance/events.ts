import * as z from "zod";
import { defineEvent } from "../bus/event";

export const Events = {
  RosterPublished: defineEvent("attendance.roster-published", z.object({ department: z.string(), month: z.string(), staffNos: z.array(z.string()) })),
  Punched: defineEvent(
    "attendance.punched",
    z.object({ staffNo: z.string(), at: z.string(), direction: z.enum(["in", "out"]), attendanceDay: z.string(), lateMinutes: z.number(), queued: z.boolean() }),
  ),
  LeaveDecided: defineEvent("attendance.leave-decided", z.object({ leaveId: z.string(), staffNo: z.string(), approved: z.boolean() })),
  OvertimeDecided: defineEvent(
    "attendance.overtime-decided",
    z.object({ overtimeId: z.string(), staffNo: z.string(), day: z.string(), minutes: z.number(), approved: z.boolean(), overLimit: z.boolean() }),
  ),
};
