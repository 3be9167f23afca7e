import type { Role } from "../staff/roles";

/** Who sees parcels: the warehouse, customer service (where is my parcel, is it stopped) and the boss. */
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

/** Who puts waybill labels on parcels: the people at the printer and the bench, their supervisor, the boss. */
export const WAYBILL_ASSIGNERS: readonly Role[] = ["warehouse_supervisor", "packer", "picker", "boss"];

/** Who reserves stock for pending parcels (配货): the pickers who then pick them, their supervisor, the boss. */
export const ALLOCATORS: readonly Role[] = ["warehouse_supervisor", "picker", "boss"];
