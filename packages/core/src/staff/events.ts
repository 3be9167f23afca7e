import * as z from "zod";
import { defineEvent } from "../bus/event";

export const Events = {
  Deactivated: defineEvent("staff.deactivated", z.object({ staffNo: z.string() })),
  LockedOut: defineEvent("staff.locked-out", z.object({ staffNo: z.string(), lockedUntil: z.string() })),
  DeviceRevoked: defineEvent("staff.device-revoked", z.object({ deviceId: z.string() })),
};
