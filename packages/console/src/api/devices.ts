import { request } from "./client";
import type { DeviceInfo, DeviceKind, PairingCode } from "./types";

export const list = () => request<{ items: DeviceInfo[] }>("/devices").then((r) => r.items);
export const createPairingCode = (input: { kind: DeviceKind; name: string; location: string }) =>
  request<PairingCode>("/devices/pairing-codes", { method: "POST", body: input });
export const revoke = (deviceId: string) =>
  request<DeviceInfo>(`/devices/${encodeURIComponent(deviceId)}/revoke`, { method: "POST" });
