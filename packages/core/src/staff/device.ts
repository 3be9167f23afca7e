import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useStaff } from "../actor";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { Bus } from "../bus";
import { isConditionFailed, transaction } from "../db";
import { invalid, notFound } from "../error";
import { newId } from "../id";
import { DeviceEntity, PairingCodeEntity } from "./entities";
import { authenticateDevice, DEVICE_CHECK_MS, forgetDevice } from "./credentials";
import { Events } from "./events";
import { randomCode, randomSecret, sha256 } from "./token";

export const Kind = z.enum(["packing_bench", "clock_in"]);

/** Pairing codes are typed by hand on the kiosk: short, no look-alike characters, short-lived. */
export const PAIRING = { codeLength: 8, validMinutes: 15 } as const;
export { DEVICE_CHECK_MS };

export const Info = z.object({
  deviceId: z.string(),
  kind: Kind,
  name: z.string(),
  location: z.string(),
  pairedAt: z.string(),
  pairedBy: z.string(),
  revokedAt: z.string().optional(),
});
export type Info = z.infer<typeof Info>;

export const PairingInput = z.object({
  kind: Kind,
  name: z.string().trim().min(1).max(40),
  location: z.string().trim().min(1).max(60),
});

function present(row: EntityItem<typeof DeviceEntity>): Info {
  const { deviceId, kind, name, location, pairedAt, pairedBy, revokedAt } = row;
  return { deviceId, kind, name, location, pairedAt, pairedBy, revokedAt };
}

export async function createPairingCode(input: z.input<typeof PairingInput>, now = new Date()) {
  const fields = PairingInput.parse(input);
  const actor = useStaff();
  const code = randomCode(PAIRING.codeLength);
  const expiresAt = Math.floor(now.getTime() / 1000) + PAIRING.validMinutes * 60;
  await transaction({ PairingCodeEntity, AuditEntity }, (e) => [
    e.PairingCodeEntity.create({
      code,
      ...fields,
      createdBy: actor.staffNo,
      createdAt: now.toISOString(),
      expiresAt,
    }).commit(),
    e.AuditEntity.create(
      Audit.item({ action: "device.pairing-code", target: { type: "pairing", id: code }, after: fields }),
    ).commit(),
  ]);
  return { code, expiresAt: new Date(expiresAt * 1000).toISOString(), ...fields };
}

/**
 * Turns a pairing code into a device. The claim is one transaction with a condition on the code
 * (unused, unexpired), so two kiosks racing for one code get one device between them.
 */
export async function pair(rawCode: string, now = new Date()) {
  const code = rawCode.trim().toUpperCase();
  const pairing = await PairingCodeEntity.get({ code }).go({ consistent: true });
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (!pairing.data || pairing.data.usedAt || pairing.data.expiresAt <= nowSeconds) {
    throw invalid("code", "device.bad-pairing-code", "This pairing code is unknown, used or expired");
  }
  const deviceId = newId();
  const secret = randomSecret();
  const { kind, name, location, createdBy } = pairing.data;
  const device = { deviceId, kind, name, location, pairedAt: now.toISOString(), pairedBy: createdBy };
  try {
    await transaction({ PairingCodeEntity, DeviceEntity, AuditEntity }, (e) => [
      e.PairingCodeEntity.patch({ code })
        .set({ usedAt: now.toISOString(), deviceId })
        .where((attr, op) => `${op.notExists(attr.usedAt)} AND ${op.gt(attr.expiresAt, nowSeconds)}`)
        .commit(),
      e.DeviceEntity.create({ ...device, tokenHash: sha256(secret) }).commit(),
      e.AuditEntity.create(
        Audit.item({ action: "device.pair", target: { type: "device", id: deviceId }, after: device }),
      ).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) {
      throw invalid("code", "device.bad-pairing-code", "This pairing code is unknown, used or expired");
    }
    throw error;
  }
  return { device, token: `${deviceId}.${secret}` };
}

export async function list(): Promise<Info[]> {
  const result = await DeviceEntity.query.all({}).go({ pages: "all" });
  return result.data.map(present).reverse();
}

export async function revoke(deviceId: string) {
  const found = await DeviceEntity.get({ deviceId }).go({ consistent: true });
  if (!found.data) throw notFound("device.not-found", `No device ${deviceId}`);
  if (found.data.revokedAt) return present(found.data);
  const revokedAt = new Date().toISOString();
  await transaction({ DeviceEntity, AuditEntity }, (e) => [
    e.DeviceEntity.patch({ deviceId }).set({ revokedAt }).commit(),
    e.AuditEntity.create(Audit.item({ action: "device.revoke", target: { type: "device", id: deviceId } })).commit(),
  ]);
  forgetDevice(deviceId);
  await Bus.publish(Events.DeviceRevoked.create({ deviceId }));
  return { ...present(found.data), revokedAt };
}

/** The device a kiosk token belongs to, or undefined if the token is wrong or the device revoked. */
export const authenticate = authenticateDevice;

export function forgetCachedDevices() {
  forgetDevice();
}
