import { OpenAPIHono, z } from "@hono/zod-openapi";
import { OrderImport, OrderRoles } from "@dianwu/core/orders";
import { staff } from "../access";
import { json, jsonBody, page, PageQuery, route } from "../route";

/**
 * Bulk import of the seller centre's order export. Creating the job stores the rows and answers
 * 202 at once; the rows are applied in the background and the job shows its progress. A file
 * larger than the request limit (1 MiB) goes in parts: the first with the header and `more: true`.
 */
const Job = z.object({
  jobId: z.string(),
  fileName: z.string(),
  state: z.enum(["receiving", "queued", "running", "done"]),
  totalRows: z.number(),
  rowsDone: z.number(),
  accepted: z.number(),
  rejected: z.number(),
  chunksTotal: z.number(),
  chunksDone: z.number(),
  percent: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().optional(),
});
const JobId = z.object({ jobId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "an import id") });
const Reject = z.object({ rowNo: z.number(), field: z.string().optional(), reason: z.string(), tid: z.string().optional() });

export const orderImports = new OpenAPIHono()
  .openapi(
    route({
      method: "post",
      path: "/orders/imports",
      access: staff(OrderRoles.IMPORTERS),
      summary: "Start an import of the seller centre's order export (CSV text, Chinese headers); 202 with the job, applied in the background",
      request: { body: jsonBody(OrderImport.CreateInput) },
      responses: { 202: json(Job, "Stored; progress at GET /orders/imports/{jobId}") },
    }),
    async (c) => c.json(await OrderImport.create(c.req.valid("json")), 202),
  )
  .openapi(
    route({
      method: "post",
      path: "/orders/imports/{jobId}/parts",
      access: staff(OrderRoles.IMPORTERS),
      summary: "The next part of a large file (data rows only); the last part has more: false and starts the job",
      request: { params: JobId, body: jsonBody(OrderImport.PartInput) },
      responses: { 202: json(Job), 409: json(z.object({}), "The job takes no more parts") },
    }),
    async (c) => c.json(await OrderImport.addPart(c.req.valid("param").jobId, c.req.valid("json")), 202),
  )
  .openapi(
    route({
      method: "get",
      path: "/orders/imports",
      access: staff(OrderRoles.IMPORTERS),
      summary: "Imports, newest first",
      request: { query: PageQuery },
      responses: { 200: json(page(Job)) },
    }),
    async (c) => {
      const result = await OrderImport.list(c.req.valid("query"));
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/orders/imports/{jobId}",
      access: staff(OrderRoles.IMPORTERS),
      summary: "An import's progress: rows done of total, accepted, rejected",
      request: { params: JobId },
      responses: { 200: json(Job) },
    }),
    async (c) => c.json(await OrderImport.get(c.req.valid("param").jobId), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/orders/imports/{jobId}/rejects",
      access: staff(OrderRoles.IMPORTERS),
      summary: "The rows an import refused, in file order, with the field and the reason",
      request: { params: JobId, query: PageQuery },
      responses: { 200: json(page(Reject)) },
    }),
    async (c) => {
      const result = await OrderImport.rejects(c.req.valid("param").jobId, c.req.valid("query"));
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  );
