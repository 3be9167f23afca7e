export * as Parcel from "./service";
export * as ParcelMatching from "./matching";
export * as Waybill from "./waybills";
export { Events as ParcelEvents, OrderForParcels, OrderIntercepted, OrderReleased } from "./events";
export { setStockAvailability, resetStockAvailability, type StockAvailability } from "./stock";
export * from "./rules";
export { PARCEL_READERS, WAYBILL_ASSIGNERS } from "./roles";
