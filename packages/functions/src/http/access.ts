import type { MiddlewareHandler } from "hono";
import { forbidden, unauthenticated } from "@dianwu/core/error";
import { useActor, type DeviceKind } from "@dianwu/core/actor";
import { hasAnyRole, type Role } from "@dianwu/core/staff/roles";

/**
 * Who may call a route. Every route states one of these; the route enumeration test reads them
 * back from the OpenAPI document (`x-access`) and proves 401/403 for each.
 * - public: anyone (health, login, pairing, the docs);
 * - staff: a signed-in staff member holding one of `roles` ("any" = every staff member);
 * - device: a paired kiosk of one of `kinds`, with or without a badge-identified worker;
 * - operator: a worker identified by badge at a paired kiosk of one of `kinds`, holding one of `roles`.
 */
export type Access =
  | { kind: "public" }
  | { kind: "staff"; roles: readonly Role[] | "any" }
  | { kind: "device"; kinds: readonly DeviceKind[] }
  | { kind: "operator"; kinds: readonly DeviceKind[]; roles: readonly Role[] };

export const PUBLIC: Access = { kind: "public" };
export const staff = (roles: readonly Role[] | "any"): Access => ({ kind: "staff", roles });
export const device = (...kinds: DeviceKind[]): Access => ({ kind: "device", kinds });
export const operator = (kinds: readonly DeviceKind[], roles: readonly Role[]): Access => ({ kind: "operator", kinds, roles });

/** Throws 401 when nobody is identified and 403 when the one identified may not do this. */
export function check(access: Access) {
  if (access.kind === "public") return;
  const actor = useActor();
  if (actor.type === "public") throw unauthenticated("auth.required", "Sign in, or scan a badge at a paired device");
  const deviceKind = actor.type === "device" ? actor.device.kind : actor.type === "staff" ? actor.device?.kind : undefined;
  switch (access.kind) {
    case "staff":
      if (actor.type !== "staff" || actor.device) throw forbidden("auth.console-only", "This is done from the console");
      if (access.roles !== "any" && !hasAnyRole(actor.roles, access.roles)) {
        throw forbidden("auth.role", `This needs one of the roles: ${access.roles.join(", ")}`);
      }
      return;
    case "device":
      if (!deviceKind || !access.kinds.includes(deviceKind)) {
        throw forbidden("auth.device", `This is done at a paired ${access.kinds.join(" or ")} device`);
      }
      return;
    case "operator":
      if (!deviceKind || !access.kinds.includes(deviceKind)) {
        throw forbidden("auth.device", `This is done at a paired ${access.kinds.join(" or ")} device`);
      }
      if (actor.type !== "staff") throw unauthenticated("auth.badge", "Scan your badge first");
      if (!hasAnyRole(actor.roles, access.roles)) {
        throw forbidden("auth.role", `This needs one of the roles: ${access.roles.join(", ")}`);
      }
      return;
  }
}

export const requireAccess =
  (access: Access): MiddlewareHandler =>
  async (_c, next) => {
    check(access);
    await next();
  };
