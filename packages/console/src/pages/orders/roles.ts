import type { Role } from "../../api/types";

/*
 * Who may open or do what in the orders area: copies of packages/core/src/orders/roles.ts for the
 * sidebar and the buttons (the API enforces the real lists; roles.test.ts keeps the copies equal).
 */
const CS: readonly Role[] = ["cs_presale", "cs_aftersale", "cs_tracking", "cs_complaints", "cs_supervisor"];
export const ORDER_READERS: readonly Role[] = [...CS, "warehouse_supervisor", "boss", "operations"];
export const ORDER_CHASERS: readonly Role[] = ["cs_presale", "cs_aftersale", "cs_supervisor", "boss"];
export const ORDER_MAKERS: readonly Role[] = ["cs_presale", "cs_aftersale", "cs_supervisor", "operations", "warehouse_supervisor", "boss"];
export const INTERCEPT_RELEASERS: readonly Role[] = ["warehouse_supervisor", "cs_supervisor", "boss"];
export const ORDER_IMPORTERS: readonly Role[] = ["boss", "operations", "cs_supervisor"];
