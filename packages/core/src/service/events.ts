import * as z from "zod";
import { defineEvent } from "../bus/event";

export const Events = {
  FineIssued: defineEvent(
    "service.fine-issued",
    z.object({ fineId: z.string(), staffNo: z.string(), department: z.string(), rule: z.string(), amountFen: z.number(), occurrence: z.number(), flagHr: z.boolean() }),
  ),
  HandoverDropped: defineEvent(
    "service.handover-dropped",
    z.object({ itemId: z.string(), department: z.string(), lossFen: z.number(), responsibleStaffNo: z.string().optional(), fineId: z.string().optional() }),
  ),
};
