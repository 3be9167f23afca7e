import { request } from "./client";
import type { BadgeInfo, BadgeReason, SheetEntry, StaffMember } from "./types";

export type NewStaff = Omit<StaffMember, "active"> & { password: string };
export type StaffChanges = Partial<Omit<StaffMember, "staffNo">>;

const at = (staffNo: string) => `/staff/${encodeURIComponent(staffNo)}`;

export const list = () => request<{ items: StaffMember[] }>("/staff").then((r) => r.items);
export const get = (staffNo: string) => request<StaffMember>(at(staffNo));
export const create = (input: NewStaff) => request<StaffMember>("/staff", { method: "POST", body: input });
export const update = (staffNo: string, changes: StaffChanges) =>
  request<StaffMember>(at(staffNo), { method: "PATCH", body: changes });
export const resetPassword = (staffNo: string, password: string) =>
  request<void>(`${at(staffNo)}/password`, { method: "POST", body: { password } });
export const revokeSessions = (staffNo: string) =>
  request<{ revoked: number }>(`${at(staffNo)}/sessions/revoke`, { method: "POST" });

export const badges = (staffNo: string) =>
  request<{ items: BadgeInfo[] }>(`${at(staffNo)}/badges`).then((r) => r.items);
export const issueBadge = (staffNo: string, reason: BadgeReason) =>
  request<BadgeInfo>(`${at(staffNo)}/badges`, { method: "POST", body: { reason } });
export const badgeSheet = () => request<{ items: SheetEntry[] }>("/badges/sheet").then((r) => r.items);
