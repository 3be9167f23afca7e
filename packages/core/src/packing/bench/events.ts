import * as z from "zod";
import { defineEvent } from "../../bus/event";
import { CARRIERS } from "../rules/waybill";

/** What the packing bench announces, always after the transaction it reports has committed. */
export const Events = {
  /** A parcel was closed at a bench: stock issued, parcel packed. The orders move to `packed`. */
  Packed: defineEvent(
    "packing.parcel-packed",
    z.object({
      parcelId: z.string(),
      tids: z.array(z.string()),
      deviceId: z.string(),
      benchName: z.string(),
      staffNo: z.string(),
      waybill: z.object({ number: z.string(), carrier: z.enum(CARRIERS) }),
      units: z.number().int(),
      forced: z.boolean(),
      at: z.string(),
    }),
  ),
  /** A courier took a handover batch: its parcels are handed over, their orders `handed_to_carrier`. */
  HandoverClosed: defineEvent(
    "packing.handover-closed",
    z.object({
      batchId: z.string(),
      carrier: z.enum(CARRIERS),
      courierName: z.string(),
      parcels: z.array(z.object({ parcelId: z.string(), tids: z.array(z.string()), waybill: z.string() })),
      at: z.string(),
    }),
  ),
};
