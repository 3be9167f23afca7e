import type { CarrierCode } from "../../api/parcels";

/** The carriers the API knows (packages/core/src/packing/rules/waybill.ts), in its order. */
const CARRIER_ORDER: Record<CarrierCode, true> = { SF: true, ZTO: true, YTO: true, STO: true, YUNDA: true, JD: true, EMS: true, JT: true };
export const CARRIERS = Object.keys(CARRIER_ORDER) as CarrierCode[];
