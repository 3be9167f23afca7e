import type { Department, Role, StaffMember } from "../../api/types";

/** What the staff forms edit; the create form also sets number and first password. */
export interface StaffDraft {
  staffNo: string;
  name: string;
  department: Department;
  roles: Role[];
  hireDate: string;
  contact: boolean;
  active: boolean;
  password: string;
}

export const today = () => new Date().toISOString().slice(0, 10);

export const emptyDraft = (): StaffDraft => ({
  staffNo: "",
  name: "",
  department: "warehouse",
  roles: [],
  hireDate: today(),
  contact: false,
  active: true,
  password: "",
});

export const draftOf = (member: StaffMember): StaffDraft => ({ ...member, roles: [...member.roles], password: "" });

/** Only what changed, so the audit entry shows the edit and nothing else. */
export function changesBetween(before: StaffMember, draft: StaffDraft) {
  const changes: Partial<Omit<StaffMember, "staffNo">> = {};
  if (draft.name.trim() !== before.name) changes.name = draft.name.trim();
  if (draft.department !== before.department) changes.department = draft.department;
  if ([...draft.roles].sort().join() !== [...before.roles].sort().join()) changes.roles = [...draft.roles];
  if (draft.hireDate !== before.hireDate) changes.hireDate = draft.hireDate;
  if (draft.contact !== before.contact) changes.contact = draft.contact;
  if (draft.active !== before.active) changes.active = draft.active;
  return changes;
}

export function toggleRole(roles: Role[], role: Role, on: boolean) {
  return on ? (roles.includes(role) ? roles : [...roles, role]) : roles.filter((r) => r !== role);
}
