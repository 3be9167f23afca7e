import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ACTIVITY_READERS, BenchActivity, Handover } from "@dianwu/core/packing/bench";
import { staff } from "../access";
import { json, route } from "../route";
import { BatchDetailSchema, BatchSchema } from "./handover-schemas";

/** The console's view of the packing benches: activity per bench and packer, rejections, intercepts, handovers. */
const Who = z.object({ packed: z.number(), units: z.number(), byHour: z.record(z.string(), z.number()) });
const Activity = z.object({
  day: z.string(),
  timeZone: z.string(),
  generatedAt: z.string(),
  benches: z.array(Who.extend({ deviceId: z.string(), name: z.string() })),
  packers: z.array(Who.extend({ staffNo: z.string(), name: z.string() })),
  scans: z.object({ accepted: z.number(), rejected: z.number(), byReason: z.record(z.string(), z.number()) }),
  forced: z.number(),
  undone: z.number(),
  interceptsWaiting: z.object({
    count: z.number(),
    more: z.boolean(),
    parcels: z.array(z.object({ parcelId: z.string(), state: z.string(), since: z.string(), reasons: z.array(z.string()), waybill: z.string().nullable() })),
  }),
  handover: z.array(BatchSchema),
});
const Scan = z.object({
  scanId: z.string(),
  kind: z.string(),
  code: z.string().nullable(),
  outcome: z.string(),
  accepted: z.boolean(),
  line: z.number().nullable(),
  deviceId: z.string(),
  benchName: z.string(),
  staffNo: z.string(),
  at: z.string(),
  scannedAt: z.string().nullable(),
  offline: z.boolean(),
});
const DayQuery = z.object({ day: z.string().date().optional() });

export const benchActivity = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/packing/activity",
      access: staff(ACTIVITY_READERS),
      summary: "Bench activity of a shop day (default today): packed per bench and packer per hour, rejected scans by reason, intercepts waiting, handover batches",
      request: { query: DayQuery },
      responses: { 200: json(Activity) },
    }),
    async (c) => c.json(await BenchActivity.activity(c.req.valid("query")), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/packing/handover-batches",
      access: staff(ACTIVITY_READERS),
      summary: "Handover batches opened on a shop day (default today), newest first",
      request: { query: DayQuery },
      responses: { 200: json(z.object({ items: z.array(BatchSchema) })) },
    }),
    async (c) => c.json({ items: await Handover.ofDay(c.req.valid("query").day) }, 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/packing/handover-batches/{batchId}",
      access: staff(ACTIVITY_READERS),
      summary: "One handover batch with its parcels (to print the list from the console)",
      request: { params: z.object({ batchId: z.string().trim().min(1).max(40).toUpperCase() }) },
      responses: { 200: json(BatchDetailSchema) },
    }),
    async (c) => c.json(await Handover.detail(c.req.valid("param").batchId), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/packing/parcels/{parcelId}/scans",
      access: staff(ACTIVITY_READERS),
      summary: "Every scan of a parcel at the benches, oldest first (bench, packer, time, outcome)",
      request: { params: z.object({ parcelId: z.string().trim().min(1).max(40).toUpperCase() }) },
      responses: { 200: json(z.object({ items: z.array(Scan) })) },
    }),
    async (c) => c.json({ items: await BenchActivity.scansOf(c.req.valid("param").parcelId) }, 200),
  );
