import * as z from "zod";
import type { DeviceKind } from "../actor";
import { ttlCache } from "../cache";
import { getEntityItem } from "../dynamo/entity";
import { Role } from "./roles";
import { sha256, verify } from "./token";

/**
 * Checking a kiosk's credentials on every request: its device token and, at a packing bench or a
 * clock-in terminal, the operator token its badge scan gave. Reads go directly to the table (no
 * ElectroDB) because the packing bench's hot Lambda authenticates every scan with these
 * (docs/decisions/0061-hot-path-without-sdk.md); device.ts and badge.ts issue and revoke.
 */
export const DEVICE_MODEL = { entity: "device", version: "1", service: "dianwu" } as const;
export const BADGE_MODEL = { entity: "badge", version: "1", service: "dianwu" } as const;

/** How stale a device's "still valid" answer may be: revocation takes effect within this. */
export const DEVICE_CHECK_MS = 30_000;

const deviceState = ttlCache<string, { tokenHash: string; kind: DeviceKind; name: string; revoked: boolean } | null>(DEVICE_CHECK_MS);
const badgeState = ttlCache<string, boolean>(30_000);

/** Forget what is known of a device (after it is revoked here, or in tests). */
export function forgetDevice(deviceId?: string) {
  if (deviceId === undefined) deviceState.clear();
  else deviceState.delete(deviceId);
}

/** Forget what is known of a badge (after it is retired). */
export function forgetBadge(badgeCode: string) {
  badgeState.delete(badgeCode);
}

/** The paired device a `deviceId.secret` token names, unless revoked or wrong. */
export async function authenticateDevice(token: string) {
  const [deviceId, secret] = token.split(".");
  if (!deviceId || !secret) return undefined;
  const state = await deviceState.get(deviceId, async () => {
    const row = await getEntityItem(DEVICE_MODEL, [["deviceId", deviceId]], [], ["tokenHash", "kind", "name", "revokedAt"]);
    if (!row) return null;
    return { tokenHash: String(row.tokenHash), kind: row.kind as DeviceKind, name: String(row.name), revoked: !!row.revokedAt };
  });
  if (!state || state.revoked || sha256(secret) !== state.tokenHash) return undefined;
  return { id: deviceId, kind: state.kind, name: state.name };
}

export const OperatorToken = z.object({
  typ: z.literal("operator"),
  sub: z.string(),
  name: z.string(),
  roles: z.array(Role),
  dev: z.string(),
  bdg: z.string(),
  iat: z.number(),
  exp: z.number(),
});
export type OperatorToken = z.infer<typeof OperatorToken>;

/** The operator a token names, if it was issued to this device, has not expired and its badge is still active. */
export async function authenticateOperator(raw: string, device: { id: string; kind: DeviceKind }, now = new Date()) {
  const parsed = OperatorToken.safeParse(verify(raw));
  if (!parsed.success) return undefined;
  const claims = parsed.data;
  if (claims.dev !== device.id || claims.exp <= Math.floor(now.getTime() / 1000)) return undefined;
  const valid = await badgeState.get(claims.bdg, async () => {
    const row = await getEntityItem(BADGE_MODEL, [["badgeCode", claims.bdg]], [], ["active"]);
    return row?.active === true;
  });
  return valid ? claims : undefined;
}
