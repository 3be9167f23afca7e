import { OpenAPIHono, z } from "@hono/zod-openapi";
import { Count, SUPERVISORS, WAREHOUSE_STAFF } from "@dianwu/core/warehouse";
import { operator, staff } from "../access";
import { json, jsonBody, PageQuery, page, route } from "../route";
import { BinCodeString, Ulid } from "./warehouse-shared";

const CountParam = z.object({ countId: Ulid });
const ScanResult = z.object({ duplicate: z.boolean(), binCode: z.string(), skuId: z.string(), counted: z.number(), damaged: z.number() });
const Sheet = z.object({ countId: z.string(), scope: Count.Summary.shape.scope, state: Count.Summary.shape.state, lineCount: z.number(), createdAt: z.string(), lines: z.array(Count.SheetLine) });
const LineRef = z.object({ binCode: BinCodeString, skuId: Ulid });
const Report = Count.Summary.extend({
  lines: z.array(Count.ReportLine),
  totals: z.object({ surplus: z.number(), shortage: z.number(), damaged: z.number(), linesWithVariance: z.number(), missingReasons: z.number() }),
});

/** Counts are blind: the routes counters use never return book quantities; the report is for supervisors only. */
export const warehouseCounts = new OpenAPIHono()
  .openapi(
    route({
      method: "post",
      path: "/warehouse/counts",
      access: staff(SUPERVISORS),
      summary: "Open a stock count (盘点) of a zone, a bin kind or a style",
      request: { body: jsonBody(Count.CreateInput) },
      responses: { 201: json(Count.Summary) },
    }),
    async (c) => c.json(await Count.create(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/counts",
      access: staff(WAREHOUSE_STAFF),
      summary: "Counts by state, newest first",
      request: { query: PageQuery.extend({ state: z.enum(["counting", "submitted", "approved", "cancelled"]).default("counting") }) },
      responses: { 200: json(page(Count.Summary)) },
    }),
    async (c) => {
      const result = await Count.list(c.req.valid("query"));
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/counts/{countId}/sheet",
      access: staff(WAREHOUSE_STAFF),
      summary: "The blind count sheet in walking order: bins and SKUs with what was counted, never the book",
      request: { params: CountParam },
      responses: { 200: json(Sheet) },
    }),
    async (c) => c.json(await Count.sheet(c.req.valid("param").countId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/counts/{countId}/scans",
      access: staff(WAREHOUSE_STAFF),
      summary: "A piece counted on a shelf (damaged ones flagged); answers what was counted, not the book",
      request: { params: CountParam, body: jsonBody(Count.ScanInput) },
      responses: { 200: json(ScanResult) },
    }),
    async (c) => c.json(await Count.scan(c.req.valid("param").countId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/kiosk/counts/{countId}/scans",
      access: operator(["packing_bench"], WAREHOUSE_STAFF),
      summary: "A piece counted, scanned at a kiosk by the counter who scanned their badge",
      request: { params: CountParam, body: jsonBody(Count.ScanInput) },
      responses: { 200: json(ScanResult) },
    }),
    async (c) => c.json(await Count.scan(c.req.valid("param").countId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/counts/{countId}/lines/reset",
      access: staff(WAREHOUSE_STAFF),
      summary: "Count one SKU in one bin again from zero",
      request: { params: CountParam, body: jsonBody(LineRef) },
      responses: { 204: { description: "Reset" } },
    }),
    async (c) => {
      const { binCode, skuId } = c.req.valid("json");
      await Count.resetLine(c.req.valid("param").countId, binCode.toUpperCase(), skuId);
      return c.body(null, 204);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/counts/{countId}/submit",
      access: staff(WAREHOUSE_STAFF),
      summary: "Hand the count in; the book quantities are taken now",
      request: { params: CountParam },
      responses: { 200: json(Count.Summary) },
    }),
    async (c) => c.json(await Count.submit(c.req.valid("param").countId), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/counts/{countId}/report",
      access: staff(SUPERVISORS),
      summary: "The variance report: book against shelf per line (surplus, shortage, damage) with reasons and totals",
      request: { params: CountParam },
      responses: { 200: json(Report) },
    }),
    async (c) => c.json(await Count.report(c.req.valid("param").countId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/counts/{countId}/explanations",
      access: staff(SUPERVISORS),
      summary: "Why a line differs, and what to do about it",
      request: { params: CountParam, body: jsonBody(LineRef.extend({ reason: z.string().trim().min(2).max(300) })) },
      responses: { 204: { description: "Recorded" } },
    }),
    async (c) => {
      const { binCode, skuId, reason } = c.req.valid("json");
      await Count.explain(c.req.valid("param").countId, binCode.toUpperCase(), skuId, reason);
      return c.body(null, 204);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/counts/{countId}/approve",
      access: staff(SUPERVISORS),
      summary: "Approve the report: every variance explained, each booked to the stock card",
      request: { params: CountParam, body: jsonBody(z.object({ report: z.string().trim().min(2).max(2000) })) },
      responses: { 200: json(Report), 409: json(z.object({ lines: z.array(z.object({ binCode: z.string(), skuId: z.string() })).optional() }), "Lines without a reason") },
    }),
    async (c) => c.json(await Count.approve(c.req.valid("param").countId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/counts/{countId}/cancel",
      access: staff(SUPERVISORS),
      summary: "Cancel a count nothing of which was booked",
      request: { params: CountParam },
      responses: { 200: json(Count.Summary) },
    }),
    async (c) => c.json(await Count.cancel(c.req.valid("param").countId), 200),
  );
