/** Rosters, leave, corrections, overtime, the board and monthly summaries. */
import type { Department } from "./types";
import { request } from "./client";
import type {
  BoardEntry,
  CorrectionInfo,
  CorrectionRequest,
  DayInfo,
  GenerateRoster,
  Inbox,
  LeaveInfo,
  LeaveRequest,
  MonthSummary,
  OvertimeInfo,
  OvertimeRequest,
  RosterEdit,
  RosterInfo,
  RosterListItem,
} from "./attendance-types";

export const rosterPath = (department: Department, month: string) => `/attendance/rosters/${department}/${month}`;

export const rosters = (month: string) => request<{ items: RosterListItem[] }>("/attendance/rosters", { query: { month } }).then((r) => r.items);
export const roster = (department: Department, month: string) => request<RosterInfo>(rosterPath(department, month));
/** 409 `roster.stale` (with `currentVersion`) when a draft exists and `replaceVersion` is not its version. */
export const generate = (input: GenerateRoster) => request<RosterInfo>("/attendance/rosters/generate", { method: "POST", body: input });
export const edit = (department: Department, month: string, input: RosterEdit) =>
  request<RosterInfo>(rosterPath(department, month), { method: "PATCH", body: input });
/** 409 lists the `problems` left unless `acceptProblems`. */
export const publish = (department: Department, month: string, version: number, acceptProblems = false) =>
  request<RosterInfo>(`${rosterPath(department, month)}/publish`, { method: "POST", body: { version, acceptProblems } });

export const inbox = () => request<Inbox>("/attendance/inbox");
export const leave = (staffNo?: string) => request<{ items: LeaveInfo[] }>("/attendance/leave", { query: { staffNo } }).then((r) => r.items);
export const requestLeave = (input: LeaveRequest) => request<LeaveInfo>("/attendance/leave", { method: "POST", body: input });
export const decideLeave = (leaveId: string, decision: { approve: boolean; coverStaffNo?: string; note?: string }) =>
  request<LeaveInfo>(`/attendance/leave/${encodeURIComponent(leaveId)}/decision`, { method: "POST", body: decision });
export const cancelLeave = (leaveId: string) => request<LeaveInfo>(`/attendance/leave/${encodeURIComponent(leaveId)}/cancel`, { method: "POST" });
export const corrections = (staffNo?: string) =>
  request<{ items: CorrectionInfo[] }>("/attendance/corrections", { query: { staffNo } }).then((r) => r.items);
export const requestCorrection = (input: CorrectionRequest) => request<CorrectionInfo>("/attendance/corrections", { method: "POST", body: input });
export const decideCorrection = (correctionId: string, decision: { approve: boolean; note?: string }) =>
  request<CorrectionInfo>(`/attendance/corrections/${encodeURIComponent(correctionId)}/decision`, { method: "POST", body: decision });
export const overtime = (staffNo?: string, month?: string) =>
  request<{ items: OvertimeInfo[] }>("/attendance/overtime", { query: { staffNo, month } }).then((r) => r.items);
export const requestOvertime = (input: OvertimeRequest) => request<OvertimeInfo>("/attendance/overtime", { method: "POST", body: input });
/** Past the limits: 409 when the settings block it, or approved with `overLimit` when they flag it. */
export const decideOvertime = (overtimeId: string, decision: { approve: boolean; note?: string }) =>
  request<OvertimeInfo>(`/attendance/overtime/${encodeURIComponent(overtimeId)}/decision`, { method: "POST", body: decision });

export const board = (department: Department) =>
  request<{ day: string; department: Department; items: BoardEntry[] }>("/attendance/board", { query: { department } });
/** At most 62 days. */
export const days = (staffNo: string, from: string, to: string) =>
  request<{ items: DayInfo[] }>("/attendance/days", { query: { staffNo, from, to } }).then((r) => r.items);
export const summary = (staffNo: string, month: string) => request<MonthSummary>("/attendance/summary", { query: { staffNo, month } });
export const summaries = (department: Department, month: string) =>
  request<{ items: MonthSummary[] }>("/attendance/summaries", { query: { department, month } }).then((r) => r.items);
