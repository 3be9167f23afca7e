/** Receiving (入库): receipts and the scan reconciliation, inspection, the supplier return, put-away. */
export * from "./receipts";
export { inspect, InspectInput, supplierReturn, dispatchSupplierReturn, openSupplierReturns, SupplierReturnLine } from "./inspection";
export { putawayPlan, putaway, PutawayInput } from "./putaway";
export { CHECKLIST, DefectReason, Checklist } from "./rules";
