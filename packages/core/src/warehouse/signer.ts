import { useActor, useDevice } from "../actor";

/**
 * Who signs a warehouse document or a stock-card line (一物一卡: "signed by whoever made it"):
 * the staff member (at the console, or identified by badge at a device) and the device, if any.
 */
export function signer() {
  const actor = useActor();
  const device = useDevice(actor);
  const staffNo = actor.type === "staff" ? actor.staffNo : undefined;
  const by = actor.type === "system" ? `system:${actor.reason}` : actor.type === "platform" ? `platform:${actor.name}` : undefined;
  return { staffNo, deviceId: device?.id, by: staffNo ?? by ?? (device ? `device:${device.id}` : "-") };
}
