import { OpenAPIHono, z } from "@hono/zod-openapi";
import { CUSTOMER_SERVICE, Reshipment, Return, SUPERVISORS, WAREHOUSE_STAFF } from "@dianwu/core/warehouse";
import { staff } from "../access";
import { json, jsonBody, PageQuery, page, route } from "../route";
import { Day, Ulid } from "./warehouse-shared";

const READERS = [...new Set([...WAREHOUSE_STAFF, ...CUSTOMER_SERVICE])];
const CS_AND_SUPERVISORS = [...new Set([...CUSTOMER_SERVICE, ...SUPERVISORS])];
const Received = Return.Info.extend({ anomalyIds: z.array(z.string()) });

export const warehouseReturns = new OpenAPIHono()
  .openapi(
    route({
      method: "post",
      path: "/warehouse/returns",
      access: staff(WAREHOUSE_STAFF),
      summary: "Take in a returned parcel by waybill or order: package condition, each item good / repairable / irreparable; anomalies go to customer service",
      request: { body: jsonBody(Return.ReceiveInput) },
      responses: { 201: json(Received), 409: json(z.object({}), "Already taken in") },
    }),
    async (c) => c.json(await Return.receive(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/returns",
      access: staff(READERS),
      summary: "Returns taken in on a day (shop time), or the one under a waybill or order",
      request: { query: z.object({ day: Day.optional(), waybillNo: z.string().min(1).max(64).optional(), orderId: z.string().min(1).max(64).optional() }) },
      responses: { 200: json(z.object({ items: z.array(Return.Info) })) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      if (q.waybillNo || q.orderId) {
        const found = await Return.byKey(q);
        return c.json({ items: found ? [found] : [] }, 200);
      }
      return c.json({ items: await Return.ofDay(q.day ?? new Date().toISOString().slice(0, 10)) }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/returns/{returnId}",
      access: staff(READERS),
      summary: "One return with its items and where each went",
      request: { params: z.object({ returnId: Ulid }) },
      responses: { 200: json(Return.Info) },
    }),
    async (c) => c.json(await Return.get(c.req.valid("param").returnId), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/returns/{returnId}/anomalies",
      access: staff(CS_AND_SUPERVISORS),
      summary: "Every anomaly of one return, whatever its state, oldest first",
      request: { params: z.object({ returnId: Ulid }) },
      responses: { 200: json(z.object({ items: z.array(Return.Anomaly) })) },
    }),
    async (c) => c.json({ items: await Return.anomaliesOfReturn(c.req.valid("param").returnId) }, 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/return-anomalies",
      access: staff(CS_AND_SUPERVISORS),
      summary: "Return anomalies for customer service to follow up, newest first",
      request: { query: PageQuery.extend({ state: z.enum(["open", "following", "resolved"]).default("open") }) },
      responses: { 200: json(page(Return.Anomaly)) },
    }),
    async (c) => {
      const result = await Return.anomalies(c.req.valid("query"));
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/return-anomalies/{anomalyId}/follow-ups",
      access: staff(CS_AND_SUPERVISORS),
      summary: "Record a follow-up of a return anomaly (following, or resolved)",
      request: { params: z.object({ anomalyId: Ulid }), body: jsonBody(Return.FollowUpInput) },
      responses: { 200: json(Return.Anomaly) },
    }),
    async (c) => c.json(await Return.followUp(c.req.valid("param").anomalyId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/reshipments",
      access: staff(CS_AND_SUPERVISORS),
      summary: "A reshipment sheet (补发单): a new parcel with its own waybill will be made for it",
      request: { body: jsonBody(Reshipment.RequestInput) },
      responses: { 201: json(Reshipment.Info) },
    }),
    async (c) => c.json(await Reshipment.request(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/reshipments",
      access: staff(READERS),
      summary: "Reshipments by state (newest first), or all of one order",
      request: { query: PageQuery.extend({ state: z.enum(["requested", "shipped", "cancelled"]).default("requested"), orderId: z.string().min(1).max(64).optional() }) },
      responses: { 200: json(page(Reshipment.Info)) },
    }),
    async (c) => {
      const { orderId, ...q } = c.req.valid("query");
      if (orderId) return c.json({ items: await Reshipment.ofOrder(orderId), cursor: null }, 200);
      const result = await Reshipment.list(q);
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/reshipments/{reshipmentId}",
      access: staff(READERS),
      summary: "One reshipment with its waybill once shipped",
      request: { params: z.object({ reshipmentId: Ulid }) },
      responses: { 200: json(Reshipment.Info) },
    }),
    async (c) => c.json(await Reshipment.get(c.req.valid("param").reshipmentId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/reshipments/{reshipmentId}/shipped",
      access: staff(WAREHOUSE_STAFF),
      summary: "The reshipment's parcel and waybill number (goes back to customer service)",
      request: { params: z.object({ reshipmentId: Ulid }), body: jsonBody(Reshipment.ShippedInput) },
      responses: { 200: json(Reshipment.Info) },
    }),
    async (c) => c.json(await Reshipment.shipped(c.req.valid("param").reshipmentId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/reshipments/{reshipmentId}/cancel",
      access: staff(CS_AND_SUPERVISORS),
      summary: "Cancel a reshipment that has no parcel yet",
      request: { params: z.object({ reshipmentId: Ulid }), body: jsonBody(z.object({ reason: z.string().trim().min(2).max(200) })) },
      responses: { 200: json(Reshipment.Info) },
    }),
    async (c) => c.json(await Reshipment.cancel(c.req.valid("param").reshipmentId, c.req.valid("json").reason), 200),
  );
