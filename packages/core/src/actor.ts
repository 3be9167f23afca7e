import { AsyncLocalStorage } from "node:async_hooks";
import { unauthenticated, forbidden } from "./error";
import type { Role } from "./staff/roles";

/**
 * Who is doing the work. It travels with the request (or event) so that services and the
 * audit log never need it passed by hand. A staff member working at a paired kiosk carries the
 * device too: the audit log records both.
 */
export type DeviceKind = "packing_bench" | "clock_in";

export interface ActingDevice {
  id: string;
  kind: DeviceKind;
  name?: string;
}

export type Actor =
  | { type: "staff"; staffNo: string; roles: Role[]; sessionId?: string; device?: ActingDevice }
  | { type: "device"; device: ActingDevice }
  | { type: "platform"; name: string }
  | { type: "system"; reason: string }
  | { type: "public" };

const storage = new AsyncLocalStorage<Actor>();

export function withActor<T>(actor: Actor, fn: () => T): T {
  return storage.run(actor, fn);
}

export function useActor(): Actor {
  return storage.getStore() ?? { type: "public" };
}

export function assertActor<T extends Actor["type"]>(type: T): Extract<Actor, { type: T }> {
  const actor = useActor();
  if (actor.type === "public") throw unauthenticated("auth.required", "Sign in first");
  if (actor.type !== type) throw forbidden("auth.wrong-actor", `This needs a ${type}, not a ${actor.type}`);
  return actor as Extract<Actor, { type: T }>;
}

/** The staff member acting, whether at the console or at a kiosk. */
export function useStaff() {
  return assertActor("staff");
}

/** The paired device the work is done at, if any (a kiosk alone, or a worker badged in at one). */
export function useDevice(actor: Actor = useActor()): ActingDevice | undefined {
  if (actor.type === "device") return actor.device;
  if (actor.type === "staff") return actor.device;
  return undefined;
}

/** Flat fields for the audit log and event metadata. */
export function describeActor(actor: Actor = useActor()) {
  switch (actor.type) {
    case "staff":
      return { actorType: actor.type, staffNo: actor.staffNo, deviceId: actor.device?.id };
    case "device":
      return { actorType: actor.type, deviceId: actor.device.id };
    case "platform":
      return { actorType: actor.type, actorName: actor.name };
    case "system":
      return { actorType: actor.type, actorName: actor.reason };
    case "public":
      return { actorType: actor.type };
  }
}
