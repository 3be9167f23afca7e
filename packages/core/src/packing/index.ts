export * as Parcel from "./service";
export * as ParcelMatching from "./matching";
export * as Waybill from "./waybills";
export * as Allocation from "./allocation";
export { Events as ParcelEvents, OrderForParcels, OrderIntercepted, OrderReleased } from "./events";
export { setStockAvailability, resetStockAvailability, type StockAvailability } from "./stock";
export * from "./rules";
export { ALLOCATORS, PARCEL_READERS, WAYBILL_ASSIGNERS } from "./roles";
