/**
 * Shapes the API answers with. Where the domain already names a type it is imported as a type
 * only (nothing of the server is bundled), so a change there shows up here at typecheck.
 */
import type { Department, Device, Role, Staff } from "@dianwu/core/staff";
import type { SettingsInfo } from "@dianwu/core/settings";

export type { Department, Role };
export type StaffMember = Staff.Info;
export type DeviceInfo = Device.Info;
export type DeviceKind = Device.Info["kind"];
export type ShopSettings = SettingsInfo;

export interface Me {
  staffNo: string;
  name?: string;
  roles: Role[];
}

export interface Page<T> {
  items: T[];
  /** Pass back for the next page; null when there is none. */
  cursor: string | null;
}

export interface BadgeInfo {
  badgeCode: string;
  staffNo: string;
  active: boolean;
  issuedAt: string;
  replacedAt?: string;
  reason?: string;
}

export type BadgeReason = "new" | "lost" | "damaged" | "other";

export interface SheetEntry {
  staffNo: string;
  name: string;
  department: string;
  badgeCode?: string;
}

export interface PairingCode {
  code: string;
  expiresAt: string;
  kind: DeviceKind;
  name: string;
  location: string;
}

export interface AuditEntry {
  auditId: string;
  at: string;
  action: string;
  targetType: string;
  targetId: string;
  actorType: string;
  staffNo?: string;
  deviceId?: string;
  actorName?: string;
  before?: unknown;
  after?: unknown;
  note?: string;
}

export type DeadLetterState = "open" | "replayed" | "discarded";

export interface DeadLetter {
  deadLetterId: string;
  consumer: string;
  eventId: string;
  detailType: string;
  error: string;
  attempts: number;
  failedAt: string;
  state: DeadLetterState;
  resolvedAt?: string;
}

export interface SettingsDocument {
  settings: ShopSettings;
  version: number;
}
