import { request } from "./client";

export type DeviceKind = "packing_bench" | "clock_in";

export interface KioskSettings {
  scannerMaxInterKeyMs: number;
  scannerMinLength: number;
  gs1Substitute: string;
  repeatScanWindowSeconds: number;
  timeZone: string;
}

export interface KioskMe {
  device: { id: string; kind: DeviceKind; name: string };
  operator?: { staffNo: string };
  settings: KioskSettings;
}

export interface Operator {
  /** Sent as X-Operator with the worker's calls. */
  token: string;
  staff: { staffNo: string; name: string; roles: string[] };
}

export const pair = (code: string) =>
  request<{ token: string; device: { deviceId: string; kind: DeviceKind; name: string; location: string } }>("/kiosk/pair", {
    method: "POST",
    body: { code },
  });

export const me = (device: string) => request<KioskMe>("/kiosk/me", { device });

export const identifyBadge = (device: string, code: string) =>
  request<Operator>("/kiosk/badge", { method: "POST", body: { code }, device });
