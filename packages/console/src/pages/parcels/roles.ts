import type { Role } from "../../api/types";

/* Copies of packages/core/src/packing/roles.ts for the sidebar and the buttons (roles.test.ts keeps them equal). */
export const PARCEL_READERS: readonly Role[] = [
  "receiver",
  "inspector",
  "picker",
  "packer",
  "warehouse_supervisor",
  "cs_presale",
  "cs_aftersale",
  "cs_tracking",
  "cs_complaints",
  "cs_supervisor",
  "boss",
];
export const WAYBILL_ASSIGNERS: readonly Role[] = ["warehouse_supervisor", "packer", "picker", "boss"];
/** Who may put a new label on a parcel that has one (anyone who assigns, when a reprint is required). */
export const WAYBILL_REPLACERS: readonly Role[] = ["warehouse_supervisor", "boss"];
/** Who reserves stock for pending parcels (配货). */
export const ALLOCATORS: readonly Role[] = ["warehouse_supervisor", "picker", "boss"];
