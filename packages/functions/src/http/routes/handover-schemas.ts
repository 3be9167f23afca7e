import { z } from "@hono/zod-openapi";
import { CARRIERS } from "@dianwu/core/packing";

/** A handover batch and its printable list, as the bench and the console receive them. */
export const BatchSchema = z
  .object({
    batchId: z.string(),
    carrier: z.enum(CARRIERS),
    carrierName: z.string(),
    state: z.enum(["open", "closing", "closed"]),
    count: z.number(),
    courierName: z.string().nullable(),
    courierPhone: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    benchName: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedBy: z.string().nullable(),
    day: z.string(),
  })
  .openapi("HandoverBatch");

export const BatchDetailSchema = BatchSchema.extend({
  parcels: z.array(
    z.object({
      parcelId: z.string(),
      waybill: z.string(),
      tids: z.array(z.string()),
      receiverName: z.string(),
      receiverCity: z.string().nullable(),
      scannedAt: z.string(),
      scannedBy: z.string(),
      handedOver: z.boolean(),
    }),
  ),
}).openapi("HandoverBatchDetail");
