import type { Role } from "../../api/types";
import { hasAnyRole } from "../../domain";
import { useAuth } from "../../providers/auth";

/*
 * The console's copy of who may do what in the warehouse (packages/core/src/warehouse/roles.ts and
 * the route files): the navigation and the buttons follow it, the API enforces it. access.test.ts
 * holds the copy equal to the domain's lists.
 */
const union = (...lists: (readonly Role[])[]): readonly Role[] => [...new Set(lists.flat())];

export const WAREHOUSE_STAFF: readonly Role[] = ["receiver", "inspector", "picker", "packer", "warehouse_supervisor"];
export const CATALOGUE_EDITORS: readonly Role[] = ["warehouse_supervisor", "operations", "boss"];
export const CATALOGUE_READERS: readonly Role[] = [...WAREHOUSE_STAFF, "operations", "planning", "boss", "cs_supervisor", "cs_presale", "cs_aftersale"];
/** Counters are left out on purpose: counts are blind. */
export const STOCK_READERS: readonly Role[] = ["warehouse_supervisor", "boss", "operations", "planning", "cs_supervisor", "cs_presale", "cs_aftersale"];
export const SUPERVISORS: readonly Role[] = ["warehouse_supervisor"];
export const RECEIVERS: readonly Role[] = ["receiver", "warehouse_supervisor"];
export const INSPECTORS: readonly Role[] = ["inspector", "warehouse_supervisor"];
export const PICKERS: readonly Role[] = ["picker", "warehouse_supervisor"];
export const CUSTOMER_SERVICE: readonly Role[] = ["cs_supervisor", "cs_presale", "cs_aftersale", "cs_tracking", "cs_complaints"];

/** Route-level lists built from the ones above (warehouse-receiving.ts, warehouse-picking.ts). */
export const RECEIVING_READERS = union(RECEIVERS, INSPECTORS, SUPERVISORS, ["picker"]);
export const PICK_READERS = union(WAREHOUSE_STAFF, CUSTOMER_SERVICE);
export const WAVE_MAKERS = union(SUPERVISORS, PICKERS);
export const EXCEPTION_RESOLVERS = union(CUSTOMER_SERVICE, SUPERVISORS);
/** warehouse-returns.ts: returns and reshipments are read by the warehouse and customer service. */
export const RETURN_READERS = union(WAREHOUSE_STAFF, CUSTOMER_SERVICE);
/** warehouse-returns.ts: anomalies are followed up, reshipments asked for and cancelled, by CS and the supervisor. */
export const CS_AND_SUPERVISORS = union(CUSTOMER_SERVICE, SUPERVISORS);
/** warehouse-reports.ts: the daily and monthly reports. */
export const REPORT_READERS = union(SUPERVISORS, ["boss", "operations"]);
/** Who reads parcels (packages/core/src/packing/roles.ts): waves are made from the allocated ones. */
export const PARCEL_READERS: readonly Role[] = [...WAREHOUSE_STAFF, ...CUSTOMER_SERVICE, "boss"];

/** Whether the signed-in roles include one of `allowed`, for showing a button or a link. */
export function useCan() {
  const auth = useAuth();
  return (allowed: readonly Role[]) => hasAnyRole(auth.me()?.roles ?? [], allowed);
}
