import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useDevice } from "../actor";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { transaction } from "../db";
import { forbidden, invalid } from "../error";
import { authenticateOperator, forgetBadge, OperatorToken } from "./credentials";
import { BadgeEntity, StaffEntity } from "./entities";
import { OPERATOR } from "./rules";
import { mustFromNo } from "./service";
import { randomCode, sign } from "./token";

/** Badge codes: a fixed prefix (so a badge is never mistaken for a product barcode) and 10 random characters. */
export const BADGE_PREFIX = "DWB";
const BADGE_PATTERN = /^DWB[A-Z2-9]{10}$/;

export function looksLikeBadge(code: string) {
  return BADGE_PATTERN.test(code);
}

export const Info = z.object({
  badgeCode: z.string(),
  staffNo: z.string(),
  active: z.boolean(),
  issuedAt: z.string(),
  replacedAt: z.string().optional(),
  reason: z.string().optional(),
});

function present(row: EntityItem<typeof BadgeEntity>) {
  const { badgeCode, staffNo, active, issuedAt, replacedAt, reason } = row;
  return { badgeCode, staffNo, active, issuedAt, replacedAt, reason };
}

/**
 * Issues a new badge and retires any badge the staff member still holds, in one transaction:
 * the moment the new card exists, the lost one stops working.
 */
export async function issue(staffNo: string, reason = "new") {
  await mustFromNo(staffNo);
  const current = await forStaff(staffNo);
  const now = new Date().toISOString();
  const badgeCode = BADGE_PREFIX + randomCode(10);
  const retired = current.filter((b) => b.active);
  await transaction({ BadgeEntity, AuditEntity }, (e) => [
    ...retired.map((b) =>
      e.BadgeEntity.patch({ badgeCode: b.badgeCode }).set({ active: false, replacedAt: now, reason }).commit(),
    ),
    e.BadgeEntity.create({ badgeCode, staffNo, active: true, issuedAt: now }).commit(),
    e.AuditEntity.create(
      Audit.item({
        action: retired.length ? "badge.replace" : "badge.issue",
        target: { type: "staff", id: staffNo },
        before: retired.map((b) => b.badgeCode),
        after: badgeCode,
        note: reason,
      }),
    ).commit(),
  ]);
  for (const b of retired) forgetBadge(b.badgeCode);
  return { badgeCode, staffNo, active: true, issuedAt: now };
}

export async function forStaff(staffNo: string) {
  const result = await BadgeEntity.query.byStaff({ staffNo }).go({ pages: "all" });
  return result.data.map(present);
}

/** Revokes every badge of a staff member (they left); no replacement is issued. */
export async function retireAll(staffNo: string, reason: string) {
  const active = (await forStaff(staffNo)).filter((b) => b.active);
  const now = new Date().toISOString();
  for (const b of active) {
    await BadgeEntity.patch({ badgeCode: b.badgeCode }).set({ active: false, replacedAt: now, reason }).go();
    forgetBadge(b.badgeCode);
  }
  if (active.length) {
    await Audit.record({ action: "badge.retire", target: { type: "staff", id: staffNo }, before: active.map((b) => b.badgeCode), note: reason });
  }
  return active.length;
}




/**
 * A badge scanned at a paired device: who it is, and an operator token binding that person to
 * this device for the work that follows. Unknown and retired badges are refused the same way.
 */
export async function identify(rawCode: string, now = new Date()) {
  const device = useDevice();
  if (!device) throw forbidden("badge.device-only", "Badges are scanned at a paired device");
  const badgeCode = rawCode.trim().toUpperCase();
  const badge = await BadgeEntity.get({ badgeCode }).go({ consistent: true });
  if (!badge.data || !badge.data.active) {
    throw invalid("code", "badge.unknown", "This badge is not valid; ask a supervisor for a new one");
  }
  const staff = await StaffEntity.get({ staffNo: badge.data.staffNo }).go({ consistent: true });
  if (!staff.data?.active) throw invalid("code", "badge.unknown", "This badge is not valid; ask a supervisor for a new one");
  const iat = Math.floor(now.getTime() / 1000);
  const claims: OperatorToken = {
    typ: "operator",
    sub: staff.data.staffNo,
    name: staff.data.name,
    roles: [...staff.data.roles].sort(),
    dev: device.id,
    bdg: badgeCode,
    iat,
    exp: iat + OPERATOR.tokenHours * 3600,
  };
  await Audit.record({ action: "badge.scan", target: { type: "staff", id: staff.data.staffNo } });
  return { token: sign(claims), staff: { staffNo: claims.sub, name: claims.name, roles: claims.roles } };
}

/**
 * Checks an operator token presented together with its device. The badge's validity is re-read
 * at most every 30 s, so a replaced badge stops working at the kiosk within a minute.
 */
export { authenticateOperator, OperatorToken };

/** Every active badge, for the printable badge sheet. */
export async function activeSheet() {
  const staff = await StaffEntity.query.all({}).go({ pages: "all" });
  const rows = [];
  for (const member of staff.data.filter((s) => s.active)) {
    const badge = (await forStaff(member.staffNo)).find((b) => b.active);
    rows.push({ staffNo: member.staffNo, name: member.name, department: member.department, badgeCode: badge?.badgeCode });
  }
  return rows;
}
