import type { Role } from "../../api/types";
import { hasAnyRole } from "../../domain";
import { useAuth } from "../../providers/auth";

/** `can(ROLES)`: whether the signed-in person holds one of the roles an action needs. */
export function useCan() {
  const auth = useAuth();
  return (roles: readonly Role[]) => hasAnyRole(auth.me()?.roles ?? [], roles);
}
