export * as Sku from "./catalogue/service";
export * as Bin from "./bins/service";
export * as Stock from "./stock/service";
export * as Receipt from "./receiving/service";
export * as Wave from "./picking/service";
export { Events as WarehouseEvents } from "./events";
export * from "./roles";
