/**
 * Shapes the attendance API answers with, from the domain's schemas (types only, nothing of the
 * server is bundled).
 */
import type { z } from "zod";
import type { Attendance, Correction, Leave, Overtime, Roster } from "@dianwu/core/attendance";

export type RosterInfo = Roster.Info;
export type RosterProblems = Roster.Info["problems"];
export type Coverage = z.infer<typeof Roster.Coverage>;
export type Rotation = z.infer<typeof Roster.Rotation>;
export type GenerateRoster = z.input<typeof Roster.GenerateInput>;
export type RosterEdit = z.input<typeof Roster.EditInput>;
export type Timetable = RosterInfo["timetable"];
export interface RosterListItem {
  department: RosterInfo["department"];
  month: string;
  status: string;
  version: number;
  updatedAt: string;
  publishedAt?: string;
}

export type LeaveInfo = Leave.Info;
export type LeaveRequest = z.input<typeof Leave.RequestInput>;
export type LeaveKind = LeaveInfo["kind"];
export type CorrectionInfo = Correction.Info;
export type CorrectionRequest = z.input<typeof Correction.RequestInput>;
export type OvertimeInfo = Overtime.Info;
export type OvertimeRequest = z.input<typeof Overtime.RequestInput>;

export type DayInfo = Attendance.DayInfo;
export type DayStatus = DayInfo["status"];
export type DayFlag = DayInfo["flags"][number];
export type BoardEntry = z.infer<typeof Attendance.BoardEntry>;
export type MonthSummary = Attendance.Summary;
export interface Inbox {
  leave: LeaveInfo[];
  corrections: CorrectionInfo[];
  overtime: OvertimeInfo[];
}
