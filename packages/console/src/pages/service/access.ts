import type { Department, Role } from "../../api/types";
import { APPEAL_DECIDERS, SUPERVISOR_ROLES, useAttendanceAccess } from "../attendance/access";

/*
 * Who may do what here, as the API decides it (packages/functions/src/http/routes/service-*.ts):
 * memos, the department's fines and the fund are open to everyone (the API keeps each to its
 * department); issuing fines, dropping handover items and spending the fund are for the
 * supervisors of the department (the same scope as attendance); appeals are decided by the boss
 * and HR, who also look after the fines flagged for HR.
 */
export { SUPERVISOR_ROLES, APPEAL_DECIDERS };
export const HR_VIEWERS: readonly Role[] = ["hr", "boss"];

/** The department a service page opens on: customer service when the person may see it. */
export function serviceHome(departments: readonly Department[], fallback: Department): Department {
  return departments.includes("customer_service") ? "customer_service" : (departments[0] ?? fallback);
}

export function useServiceAccess() {
  const access = useAttendanceAccess();
  return {
    ...access,
    home: () => serviceHome(access.departments(), access.home()),
    supervises: (department: Department) => access.supervised().includes(department),
  };
}
