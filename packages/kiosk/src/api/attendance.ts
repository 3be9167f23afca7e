import { config } from "../config";
import { request } from "./client";

/** POST /api/attendance/punches (docs/decisions/0040): the badge travels in the punch itself. */
export interface PunchBody {
  code: string;
  /** This kiosk's counter, never reused: with the device it keys the punch. */
  sequence: number;
  idempotencyKey: string;
  deviceTime: string;
  /** Replayed from the offline queue: the punch happened at deviceTime. */
  queued: boolean;
}

export type Greeting = "morning" | "noon" | "afternoon" | "evening" | "night";

export interface PunchResult {
  result: "in" | "out" | "ignored";
  reason?: "repeat-scan";
  staff: { staffNo: string; name: string };
  at: string;
  attendanceDay?: string;
  shift: { code: string; name: string; segments: { start: string; end: string }[] } | null;
  greeting: Greeting;
  warnings: { code: "late" | "early-leave" | "no-shift" | "queued"; minutes?: number }[];
  replayed: boolean;
  previousAt?: string;
  repeatWindowSeconds?: number;
}

export const punch = (device: string, body: PunchBody) =>
  request<PunchResult>("/attendance/punches", { method: "POST", body, device, timeoutMs: config.callTimeoutMs });

