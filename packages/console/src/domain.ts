import type { Department, Role } from "./api/types";

/*
 * The front-end's copy of the role and department lists (packages/core/src/staff/roles.ts).
 * They are typed as records over the domain's unions, so a role added or removed there fails
 * the typecheck here instead of silently missing from the forms.
 */
const ROLE_ORDER: Record<Role, true> = {
  boss: true,
  operations: true,
  planning: true,
  marketing: true,
  cs_presale: true,
  cs_aftersale: true,
  cs_tracking: true,
  cs_complaints: true,
  cs_supervisor: true,
  receiver: true,
  inspector: true,
  picker: true,
  packer: true,
  warehouse_supervisor: true,
  designer: true,
  photographer: true,
  hr: true,
};
export const ROLES = Object.keys(ROLE_ORDER) as Role[];

const DEPARTMENT_ORDER: Record<Department, true> = {
  management: true,
  operations: true,
  planning: true,
  marketing: true,
  customer_service: true,
  warehouse: true,
  design: true,
  photography: true,
  admin: true,
};
export const DEPARTMENTS = Object.keys(DEPARTMENT_ORDER) as Department[];

/** Who may open the manager pages; mirrors MANAGERS in the domain (the API enforces it). */
export const MANAGERS: readonly Role[] = ["boss", "hr", "warehouse_supervisor", "cs_supervisor"];
/** Who may change staff records and handle dead letters; mirrors ADMINS. */
export const ADMINS: readonly Role[] = ["boss", "hr"];

export const hasAnyRole = (held: readonly Role[], allowed: readonly Role[]) => held.some((r) => allowed.includes(r));

export const BADGE_REASONS = ["new", "lost", "damaged", "other"] as const;
export const DEVICE_KINDS = ["packing_bench", "clock_in"] as const;
