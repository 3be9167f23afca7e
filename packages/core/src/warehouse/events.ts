import * as z from "zod";
import { defineEvent } from "../bus/event";

/** Events the warehouse publishes, always after the write they announce has succeeded. */
export const Events = {
  /** Available stock of a SKU fell to its reorder point (once per crossing; 补货). */
  StockLow: defineEvent(
    "stock.low",
    z.object({ skuId: z.string(), available: z.number().int(), reorderPoint: z.number().int(), at: z.string() }),
  ),
  /** A picker found less in the bin than the pick list said: customer service follows up. */
  ShortPick: defineEvent(
    "warehouse.short-pick",
    z.object({
      exceptionId: z.string(),
      waveId: z.string(),
      lineNo: z.number().int(),
      skuId: z.string(),
      binCode: z.string(),
      wanted: z.number().int(),
      picked: z.number().int(),
      /** The parcels left short, in the order the wave serves them. */
      parcels: z.array(z.object({ parcelId: z.string(), short: z.number().int() })),
    }),
  ),
  /** A reshipment (补发) sheet asks the parcels area for a new parcel with its own waybill. */
  ReshipmentRequested: defineEvent(
    "warehouse.reshipment-requested",
    z.object({
      reshipmentId: z.string(),
      orderId: z.string(),
      reason: z.string(),
      lines: z.array(z.object({ skuId: z.string(), qty: z.number().int() })),
    }),
  ),
  /** A returned parcel was taken in: the orders area can move the refund on. */
  ReturnReceived: defineEvent(
    "warehouse.return-received",
    z.object({
      returnId: z.string(),
      orderId: z.string().optional(),
      refundId: z.string().optional(),
      waybillNo: z.string().optional(),
      items: z.array(z.object({ skuId: z.string(), qty: z.number().int(), condition: z.string() })),
      anomalies: z.number().int(),
    }),
  ),
  /** Something about a return needs customer service (damaged package, wrong or missing items). */
  ReturnAnomaly: defineEvent(
    "warehouse.return-anomaly",
    z.object({ anomalyId: z.string(), returnId: z.string(), orderId: z.string().optional(), kind: z.string(), note: z.string() }),
  ),
};
