import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { Bus } from "../bus";
import { isConditionFailed, transaction } from "../db";
import { conflict, invalid, notFound } from "../error";
import { CredentialEntity, StaffEntity } from "./entities";
import { Events } from "./events";
import { hashPassword } from "./password";
import { Department, Role } from "./roles";
import { passwordProblem, STAFF_NO_PATTERN } from "./rules";

export const Info = z.object({
  staffNo: z.string().regex(STAFF_NO_PATTERN, "3 to 8 digits"),
  name: z.string().trim().min(1).max(40),
  department: Department,
  roles: z.array(Role).min(1),
  active: z.boolean(),
  hireDate: z.string().date(),
  contact: z.boolean(),
});
export type Info = z.infer<typeof Info>;

export const CreateInput = Info.omit({ active: true }).extend({
  contact: z.boolean().default(false),
  password: z.string().min(1).max(200),
});
export const UpdateInput = Info.omit({ staffNo: true }).partial();

function present(row: EntityItem<typeof StaffEntity>): Info {
  return {
    staffNo: row.staffNo,
    name: row.name,
    department: row.department,
    roles: [...row.roles].sort(),
    active: row.active,
    hireDate: row.hireDate,
    contact: row.contact,
  };
}

export async function create(input: z.input<typeof CreateInput>): Promise<Info> {
  const { password, ...fields } = CreateInput.parse(input);
  const problem = passwordProblem(password, fields.staffNo);
  if (problem) throw invalid("password", "staff.weak-password", `Password ${problem}`);
  const now = new Date().toISOString();
  const hash = await hashPassword(password);
  try {
    await transaction({ StaffEntity, CredentialEntity, AuditEntity }, (e) => [
      e.StaffEntity.create({ ...fields, active: true, createdAt: now }).commit(),
      e.CredentialEntity.create({ staffNo: fields.staffNo, hash, failedAttempts: 0, changedAt: now }).commit(),
      e.AuditEntity.create(
        Audit.item({ action: "staff.create", target: { type: "staff", id: fields.staffNo }, after: fields }),
      ).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) {
      throw conflict("staff.exists", `Staff number ${fields.staffNo} is already taken`);
    }
    throw error;
  }
  return { ...fields, roles: [...fields.roles].sort(), active: true };
}

export async function fromNo(staffNo: string): Promise<Info | undefined> {
  const result = await StaffEntity.get({ staffNo }).go({ consistent: true });
  return result.data ? present(result.data) : undefined;
}

export async function mustFromNo(staffNo: string): Promise<Info> {
  const staff = await fromNo(staffNo);
  if (!staff) throw notFound("staff.not-found", `No staff member ${staffNo}`);
  return staff;
}

export async function list(): Promise<Info[]> {
  const result = await StaffEntity.query.all({}).go({ pages: "all" });
  return result.data.map(present);
}

export async function update(staffNo: string, input: z.input<typeof UpdateInput>): Promise<Info> {
  const changes = UpdateInput.parse(input);
  const before = await mustFromNo(staffNo);
  const after: Info = { ...before, ...changes, roles: [...(changes.roles ?? before.roles)].sort() };
  await transaction({ StaffEntity, AuditEntity }, (e) => [
    e.StaffEntity.patch({ staffNo }).set(changes).commit(),
    e.AuditEntity.create(
      Audit.item({ action: "staff.update", target: { type: "staff", id: staffNo }, before, after }),
    ).commit(),
  ]);
  if (before.active && !after.active) await Bus.publish(Events.Deactivated.create({ staffNo }));
  return after;
}

/** Sets a new password for someone else (HR/boss); the holder's sessions are revoked by the caller. */
export async function setPassword(
  staffNo: string,
  password: string,
  options: { action?: string; field?: string } = {},
) {
  const { action = "staff.password-reset", field = "password" } = options;
  const problem = passwordProblem(password, staffNo);
  if (problem) throw invalid(field, "staff.weak-password", `Password ${problem}`);
  await mustFromNo(staffNo);
  const hash = await hashPassword(password);
  const now = new Date().toISOString();
  await transaction({ CredentialEntity, AuditEntity }, (e) => [
    e.CredentialEntity.put({ staffNo, hash, failedAttempts: 0, changedAt: now }).commit(),
    e.AuditEntity.create(Audit.item({ action, target: { type: "staff", id: staffNo } })).commit(),
  ]);
}
