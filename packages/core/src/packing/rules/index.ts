export * from "./address";
export * from "./grouping";
export * from "./state";
export * from "./waybill";
export * from "./waybill-csv";
export * from "./reconcile";
