import type { Role } from "../staff/roles";

/** Who does what in the warehouse (RULES.md §1, §4). Routes take their access rules from here. */

/** Everyone who works in the warehouse: counts, scans, registers. */
export const WAREHOUSE_STAFF: readonly Role[] = ["receiver", "inspector", "picker", "packer", "warehouse_supervisor"];

/** The catalogue and the bins: the supervisor keeps the places, operations the products. */
export const CATALOGUE_EDITORS: readonly Role[] = ["warehouse_supervisor", "operations", "boss"];

/** Reads of the catalogue and of bins (no quantities). */
export const CATALOGUE_READERS: readonly Role[] = [...WAREHOUSE_STAFF, "operations", "planning", "boss", "cs_supervisor", "cs_presale", "cs_aftersale"];

/**
 * Book quantities. Counters (receivers, inspectors, pickers, packers) are left out on purpose:
 * counts are blind, so the people who count never see what the books say.
 */
export const STOCK_READERS: readonly Role[] = ["warehouse_supervisor", "boss", "operations", "planning", "cs_supervisor", "cs_presale", "cs_aftersale"];

/** Approvals: adjustments, count variances, the daily close. */
export const SUPERVISORS: readonly Role[] = ["warehouse_supervisor"];

/** Receiving: receipts, the scan reconciliation, booking into pending inspection. */
export const RECEIVERS: readonly Role[] = ["receiver", "warehouse_supervisor"];
export const INSPECTORS: readonly Role[] = ["inspector", "warehouse_supervisor"];
export const PICKERS: readonly Role[] = ["picker", "warehouse_supervisor"];

/** Customer service: sees pick exceptions, return anomalies and reshipments, and asks for reshipments. */
export const CUSTOMER_SERVICE: readonly Role[] = ["cs_supervisor", "cs_presale", "cs_aftersale", "cs_tracking", "cs_complaints"];
