import { Auth, Badge, StaffEvents } from "@dianwu/core/staff";
import type { Consumer } from "@dianwu/core/bus";

/** A staff member who leaves is signed out everywhere and their badges stop working. */
export const revokeAccess: Consumer = async (event) => {
  const { detail } = StaffEvents.Deactivated.parse(event);
  await Auth.revokeAll(detail.staffNo);
  await Badge.retireAll(detail.staffNo, "left");
};
