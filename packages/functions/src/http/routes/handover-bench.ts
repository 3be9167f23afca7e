import { OpenAPIHono, z } from "@hono/zod-openapi";
import { BENCH_OPERATORS, Handover } from "@dianwu/core/packing/bench";
import { operator } from "../access";
import { json, jsonBody, route } from "../route";
import { BatchDetailSchema, BatchSchema } from "./handover-schemas";

/**
 * Carrier handover (交接) at a packing bench: batches per carrier, parcels scanned in, the courier
 * signs. Served by the main app (API Gateway sends only /api/bench/* to the hot path).
 */
const AT_BENCH = operator(["packing_bench"], BENCH_OPERATORS);
const BatchParam = z.object({ batchId: z.string().trim().min(1).max(40).toUpperCase() });

const ScanResult = z.object({
  outcome: z.enum(["added", "already_in_batch"]),
  parcel: BatchDetailSchema.shape.parcels.element,
  count: z.number(),
});

export const handoverBench = new OpenAPIHono()
  .openapi(
    route({
      method: "post",
      path: "/handover/batches",
      access: AT_BENCH,
      summary: "Open a handover batch for one carrier",
      request: { body: jsonBody(Handover.CreateInput) },
      responses: { 201: json(BatchSchema) },
    }),
    async (c) => c.json(await Handover.create(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/handover/batches/open",
      access: AT_BENCH,
      summary: "Batches not yet closed (today's and yesterday's), newest first",
      responses: { 200: json(z.object({ items: z.array(BatchSchema) })) },
    }),
    async (c) => c.json({ items: await Handover.open() }, 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/handover/batches/{batchId}",
      access: AT_BENCH,
      summary: "A batch with its parcels in scan order: the printable handover list (交接单)",
      request: { params: BatchParam },
      responses: { 200: json(BatchDetailSchema), 404: json(z.object({ code: z.string() }), "No such batch") },
    }),
    async (c) => c.json(await Handover.detail(c.req.valid("param").batchId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/handover/batches/{batchId}/scans",
      access: AT_BENCH,
      summary: "Scan a parcel (label or parcel code) into the batch: only packed, not intercepted parcels of its carrier",
      request: { params: BatchParam, body: jsonBody(Handover.ScanInput) },
      responses: { 200: json(ScanResult) },
    }),
    async (c) => c.json(await Handover.scanIn(c.req.valid("param").batchId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "delete",
      path: "/handover/batches/{batchId}/parcels/{parcelId}",
      access: AT_BENCH,
      summary: "Take a parcel out of a batch not yet closed (scanned by mistake, or intercepted since)",
      request: { params: BatchParam.extend({ parcelId: z.string().trim().min(1).max(40).toUpperCase() }) },
      responses: { 200: json(BatchDetailSchema) },
    }),
    async (c) => {
      const { batchId, parcelId } = c.req.valid("param");
      return c.json(await Handover.remove(batchId, parcelId), 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/handover/batches/{batchId}/close",
      access: AT_BENCH,
      summary: "The courier signs: every parcel is handed over and its orders move to handed_to_carrier",
      request: { params: BatchParam, body: jsonBody(Handover.CloseInput) },
      responses: { 200: json(BatchDetailSchema) },
    }),
    async (c) => c.json(await Handover.close(c.req.valid("param").batchId, c.req.valid("json")), 200),
  );
