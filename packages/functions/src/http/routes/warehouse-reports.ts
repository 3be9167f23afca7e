import { OpenAPIHono, z } from "@hono/zod-openapi";
import { Register, Report, SUPERVISORS, WAREHOUSE_STAFF } from "@dianwu/core/warehouse";
import { staff } from "../access";
import { json, jsonBody, route } from "../route";
import { Day, Month, Ulid } from "./warehouse-shared";

const REPORT_READERS = [...new Set([...SUPERVISORS, "boss" as const, "operations" as const])];
const Totals = z.record(z.string(), z.object({ lines: z.number(), pieces: z.number() }));
const Documents = z.array(z.object({ documentId: z.string(), pieces: z.number() }));
const Items = z.array(z.record(z.string(), z.union([z.string(), z.number()])));
const OpenItems = z.object({
  count: z.number(),
  receiptsNotBooked: Items,
  receiptsNotFinished: Items,
  supplierReturnsNotSent: Items,
  adjustmentsAwaitingApproval: Items,
  countsNotApproved: Items,
  wavesNotPicked: Items,
  shortPicksOpen: Items,
  returnAnomaliesOpen: Items,
  reshipmentsWithoutWaybill: Items,
});
const Daily = z.object({
  day: z.string(),
  movements: Totals,
  receipts: Documents,
  putaway: Documents,
  shipments: Documents,
  supplierReturns: Documents,
  returns: z.object({ parcels: z.number(), pieces: z.number(), byCondition: z.record(z.string(), z.number()), anomalies: z.number() }),
  register: z.object({ visits: z.number(), openingRound: z.boolean(), closingRound: z.boolean(), anomalies: z.number() }),
  open: OpenItems,
  closed: z.object({ closedBy: z.string(), closedAt: z.string(), openItems: z.number(), note: z.string().optional() }).optional(),
});
const Monthly = z.object({
  month: z.string(),
  movements: Totals,
  skus: z.array(z.object({ skuId: z.string(), in: z.number(), out: z.number(), net: z.number(), types: z.record(z.string(), z.number()) })),
  countsApproved: z.array(z.object({ countId: z.string(), scope: z.string(), approvedAt: z.string(), approvedBy: z.string().optional() })),
  zonesNotCounted: z.array(z.string()),
});

export const warehouseReports = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/warehouse/reports/daily/{day}",
      access: staff(REPORT_READERS),
      summary: "The day's report (日事日毕): receipts, shipments, returns, movements by type, the register, and everything left unbooked",
      request: { params: z.object({ day: Day }) },
      responses: { 200: json(Daily) },
    }),
    async (c) => c.json(await Report.daily(c.req.valid("param").day), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/reports/daily/{day}/close",
      access: staff(SUPERVISORS),
      summary: "Close the day: the report is kept as it stands (once per day)",
      request: { params: z.object({ day: Day }), body: jsonBody(z.object({ note: z.string().trim().max(300).optional() })) },
      responses: { 200: json(Daily), 409: json(z.object({}), "Already closed") },
    }),
    async (c) => c.json(await Report.closeDay(c.req.valid("param").day, c.req.valid("json").note), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/reports/monthly/{month}",
      access: staff(REPORT_READERS),
      summary: "The monthly summary of every movement (日清月结), per type and per SKU, with the counts of the month and zones not counted",
      request: { params: z.object({ month: Month }) },
      responses: { 200: json(Monthly) },
    }),
    async (c) => c.json(await Report.monthly(c.req.valid("param").month), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/register",
      access: staff(WAREHOUSE_STAFF),
      summary: "The warehouse register of a day: visits and the opening and closing rounds",
      request: { query: z.object({ day: Day }) },
      responses: { 200: json(z.object({ items: z.array(Register.Entry) })) },
    }),
    async (c) => c.json({ items: await Register.ofDay(c.req.valid("query").day) }, 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/register/visits",
      access: staff(WAREHOUSE_STAFF),
      summary: "Register someone entering the warehouse",
      request: { body: jsonBody(Register.VisitInput) },
      responses: { 201: json(Register.Entry) },
    }),
    async (c) => c.json(await Register.enter(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/register/visits/{entryId}/leave",
      access: staff(WAREHOUSE_STAFF),
      summary: "They left",
      request: { params: z.object({ entryId: Ulid }) },
      responses: { 200: json(Register.Entry) },
    }),
    async (c) => c.json(await Register.leave(c.req.valid("param").entryId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/register/checks",
      access: staff(WAREHOUSE_STAFF),
      summary: "The opening or closing round: doors, windows, power, clean, nothing on the floor",
      request: { body: jsonBody(Register.CheckInput) },
      responses: { 201: json(Register.Entry) },
    }),
    async (c) => c.json(await Register.check(c.req.valid("json")), 201),
  );
