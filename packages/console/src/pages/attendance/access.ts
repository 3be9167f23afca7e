import type { Department, Role } from "../../api/types";
import { DEPARTMENTS } from "../../domain";
import { useAuth } from "../../providers/auth";

/*
 * The console's copy of who supervises which department's attendance (packages/core/src/
 * attendance/scope.ts): the boss and HR every department, a department supervisor their own.
 * access.test.ts holds it equal to the domain's.
 */
export const SUPERVISES: Partial<Record<Role, readonly Department[] | "all">> = {
  boss: "all",
  hr: "all",
  cs_supervisor: ["customer_service"],
  warehouse_supervisor: ["warehouse"],
};
export const SUPERVISOR_ROLES = Object.keys(SUPERVISES) as Role[];
/** Who decides fine appeals (the next level up from the supervisor who fined). */
export const APPEAL_DECIDERS: readonly Role[] = ["boss", "hr"];

/** The departments whose attendance these roles supervise, in the usual order. */
export function supervisedDepartments(roles: readonly Role[]): Department[] {
  const out = new Set<Department>();
  for (const role of roles) {
    const scope = SUPERVISES[role];
    if (scope === "all") return [...DEPARTMENTS];
    for (const department of scope ?? []) out.add(department);
  }
  return DEPARTMENTS.filter((d) => out.has(d));
}

/*
 * The department a role works in. The signed-in person's department is not part of the session
 * (/auth/me answers staff number, name and roles), so pages that default to "my department" start
 * from the department the roles belong to; the person can pick another, the API decides.
 */
const ROLE_DEPARTMENT: Record<Role, Department> = {
  boss: "management",
  operations: "operations",
  planning: "planning",
  marketing: "marketing",
  cs_presale: "customer_service",
  cs_aftersale: "customer_service",
  cs_tracking: "customer_service",
  cs_complaints: "customer_service",
  cs_supervisor: "customer_service",
  receiver: "warehouse",
  inspector: "warehouse",
  picker: "warehouse",
  packer: "warehouse",
  warehouse_supervisor: "warehouse",
  designer: "design",
  photographer: "photography",
  hr: "admin",
};

/** Departments worth offering: the supervised ones, then the ones the roles belong to. */
export function departmentsFor(roles: readonly Role[]): Department[] {
  const own = roles.map((role) => ROLE_DEPARTMENT[role]);
  const all = new Set([...supervisedDepartments(roles), ...own]);
  return DEPARTMENTS.filter((d) => all.has(d));
}

export function useAttendanceAccess() {
  const auth = useAuth();
  const roles = () => auth.me()?.roles ?? [];
  return {
    supervised: () => supervisedDepartments(roles()),
    departments: () => departmentsFor(roles()),
    /** The department a page opens on: the first supervised one, else the roles' own. */
    home: (): Department => supervisedDepartments(roles())[0] ?? departmentsFor(roles())[0] ?? "customer_service",
    isSupervisor: () => supervisedDepartments(roles()).length > 0,
    decidesAppeals: () => roles().some((r) => APPEAL_DECIDERS.includes(r)),
    staffNo: () => auth.me()?.staffNo ?? "",
  };
}
