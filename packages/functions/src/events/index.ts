import type { Consumer } from "@dianwu/core/bus";
import { attendanceWithdrawRequests } from "./attendance-withdraw-requests";
import { ordersApply } from "./orders-apply";
import { ordersImport } from "./orders-import";
import { parcelsIntercept } from "./parcels-intercept";
import { parcelsMatch } from "./parcels-match";
import { parcelsReportSteps } from "./parcels-report-steps";
import { revokeAccess } from "./revoke-access";
import { warehouseReleaseStock } from "./warehouse-release-stock";

/** Consumer name (as used in infra/events.ts) → handler. A test checks the two lists agree. */
export const consumers: Record<string, Consumer> = {
  "revoke-access": revokeAccess,
  "attendance-withdraw-requests": attendanceWithdrawRequests,
  "orders-apply": ordersApply,
  "orders-import": ordersImport,
  "parcels-match": parcelsMatch,
  "parcels-intercept": parcelsIntercept,
  "parcels-report-steps": parcelsReportSteps,
  "warehouse-release-stock": warehouseReleaseStock,
};
