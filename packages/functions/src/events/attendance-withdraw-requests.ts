import type { Consumer } from "@dianwu/core/bus";
import { Departure } from "@dianwu/core/attendance";
import { StaffEvents } from "@dianwu/core/staff";

/** A staff member who leaves has their waiting leave, correction and overtime requests withdrawn. */
export const attendanceWithdrawRequests: Consumer = async (event) => {
  const { detail } = StaffEvents.Deactivated.parse(event);
  await Departure.withdrawPending(detail.staffNo);
};
