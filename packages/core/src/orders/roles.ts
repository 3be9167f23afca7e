import type { Role } from "../staff/roles";

/** Who may do what with orders. The routes declare these; the services re-check where it matters. */
const CS: readonly Role[] = ["cs_presale", "cs_aftersale", "cs_tracking", "cs_complaints", "cs_supervisor"];

/** Reading orders, lists and detail: customer service, supervisors, the boss and operations. */
export const READERS: readonly Role[] = [...CS, "warehouse_supervisor", "boss", "operations"];
/** Chasing unpaid orders (催付) is pre- and after-sale work. */
export const CHASERS: readonly Role[] = ["cs_presale", "cs_aftersale", "cs_supervisor", "boss"];
/** Order-making (制单) marks an order as read. */
export const ORDER_MAKERS: readonly Role[] = ["cs_presale", "cs_aftersale", "cs_supervisor", "operations", "warehouse_supervisor", "boss"];
/** Taking a customer's request to add items. */
export const ADDERS: readonly Role[] = ["cs_presale", "cs_aftersale", "cs_supervisor", "boss"];
/** Releasing an intercepted order is a supervisor's decision. */
export const RELEASERS: readonly Role[] = ["warehouse_supervisor", "cs_supervisor", "boss"];
/** Sales credits feed commission and the appraisal. */
export const CREDIT_READERS: readonly Role[] = ["boss", "hr", "cs_supervisor", "operations"];
/** The first-time bulk import of the seller centre's export. */
export const IMPORTERS: readonly Role[] = ["boss", "operations", "cs_supervisor"];
