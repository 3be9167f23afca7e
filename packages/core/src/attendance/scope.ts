import { useStaff } from "../actor";
import { forbidden } from "../error";
import type { Department, Role } from "../staff/roles";

/**
 * Who supervises which department's attendance: the boss and HR every department, a department
 * supervisor their own. Everyone else sees only their own records.
 */
const SUPERVISES: Partial<Record<Role, Department[] | "all">> = {
  boss: "all",
  hr: "all",
  cs_supervisor: ["customer_service"],
  warehouse_supervisor: ["warehouse"],
};

export const SUPERVISOR_ROLES = Object.keys(SUPERVISES) as Role[];

export function supervises(roles: readonly Role[], department: Department) {
  return roles.some((role) => {
    const scope = SUPERVISES[role];
    return scope === "all" || (scope?.includes(department) ?? false);
  });
}

export function supervisedDepartments(roles: readonly Role[]): Department[] | "all" {
  const out = new Set<Department>();
  for (const role of roles) {
    const scope = SUPERVISES[role];
    if (scope === "all") return "all";
    for (const d of scope ?? []) out.add(d);
  }
  return [...out];
}

export function assertSupervises(department: Department) {
  const actor = useStaff();
  if (!supervises(actor.roles, department)) {
    throw forbidden("attendance.not-supervisor", `Only a supervisor of ${department} may do this`);
  }
  return actor;
}

/** The caller themselves, or a supervisor of the person's department. */
export function assertSelfOrSupervisor(staffNo: string, department: Department) {
  const actor = useStaff();
  if (actor.staffNo !== staffNo && !supervises(actor.roles, department)) {
    throw forbidden("attendance.not-yours", "Only the person or their supervisor may see or do this");
  }
  return actor;
}
