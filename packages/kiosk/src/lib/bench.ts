import { looksLikeBadge, sameBadge } from "./badge";

export interface SignedIn {
  name: string;
  staffNo: string;
  badgeCode: string;
  token: string;
  roles: string[];
}

/** Roles the bench API lets work at a packing bench (docs/api/bench.md, Conventions). */
export const BENCH_ROLES = ["packer", "warehouse_supervisor", "boss"];
/** Roles whose badge can force-complete a parcel. */
export const SUPERVISOR_ROLES = ["warehouse_supervisor", "boss"];

export const mayPack = (roles: readonly string[]) => roles.some((r) => BENCH_ROLES.includes(r));
export const isSupervisor = (roles: readonly string[]) => roles.some((r) => SUPERVISOR_ROLES.includes(r));

/**
 * What a scan means at the bench. Nobody signed in: it must be a badge. Someone signed in: their
 * own badge signs them out, another badge hands the bench over, anything else is a parcel.
 */
export function benchAction(operator: Pick<SignedIn, "badgeCode"> | undefined, code: string): "identify" | "sign-out" | "parcel" {
  if (!operator) return "identify";
  if (sameBadge(code, operator.badgeCode)) return "sign-out";
  return looksLikeBadge(code) ? "identify" : "parcel";
}
