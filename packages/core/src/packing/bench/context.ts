import { useActor, useDevice } from "../../actor";
import { forbidden } from "../../error";
import type { Role } from "../../staff/roles";

export interface BenchActor {
  deviceId: string;
  benchName: string;
  staffNo: string;
  roles: readonly Role[];
}

/** The packer badged in at a paired packing bench: every bench use case works as one. */
export function useBench(): BenchActor {
  const actor = useActor();
  const device = useDevice(actor);
  if (actor.type !== "staff" || !device || device.kind !== "packing_bench") {
    throw forbidden("bench.operator-only", "Packing is done by a packer badged in at a paired packing bench");
  }
  return { deviceId: device.id, benchName: device.name ?? device.id, staffNo: actor.staffNo, roles: actor.roles };
}
