import { OpenAPIHono, z } from "@hono/zod-openapi";
import { SUPERVISOR_ROLES } from "@dianwu/core/attendance";
import { Handover } from "@dianwu/core/service";
import { Department } from "@dianwu/core/staff";
import { staff } from "../access";
import { json, jsonBody, page, PageQuery, route } from "../route";

const ItemId = z.object({ itemId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "an id") });
const closed = json(z.object({}), "The item is already closed or changed meanwhile");

/** Handover memos (交接备忘录) between customer-service shifts. */
export const serviceHandovers = new OpenAPIHono()
  .openapi(
    route({
      method: "post",
      path: "/service/handovers",
      access: staff("any"),
      summary: "The outgoing shift's memo: new items, and every open item carried over",
      request: { body: jsonBody(Handover.WriteInput) },
      responses: { 201: json(Handover.Memo), 409: json(z.object({}), "Too many open items, or they changed meanwhile") },
    }),
    async (c) => c.json(await Handover.write(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/service/handovers",
      access: staff("any"),
      summary: "Recent memos of a department (default: the caller's) with their items, newest first",
      request: { query: PageQuery.extend({ department: Department.optional() }) },
      responses: { 200: json(page(Handover.Memo)) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const result = await Handover.memos(q.department, q);
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/service/handover-items/open",
      access: staff("any"),
      summary: "Items still open (default: the caller's department): what the incoming shift must take on",
      request: { query: z.object({ department: Department.optional() }) },
      responses: { 200: json(z.object({ items: z.array(Handover.Item) })) },
    }),
    async (c) => c.json({ items: await Handover.open(c.req.valid("query").department) }, 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/service/handover-items/{itemId}/acknowledge",
      access: staff("any"),
      summary: "The incoming shift takes an item on",
      request: { params: ItemId },
      responses: { 200: json(Handover.Item), 409: closed },
    }),
    async (c) => c.json(await Handover.acknowledge(c.req.valid("param").itemId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/service/handover-items/{itemId}/done",
      access: staff("any"),
      summary: "Mark an item done",
      request: { params: ItemId, body: jsonBody(z.object({ note: z.string().trim().max(1000).optional() })) },
      responses: { 200: json(Handover.Item), 409: closed },
    }),
    async (c) => c.json(await Handover.complete(c.req.valid("param").itemId, c.req.valid("json").note), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/service/handover-items/{itemId}/drop",
      access: staff(SUPERVISOR_ROLES),
      summary: "Mark an item dropped with the loss it caused; a loss fines the person responsible by the escalation rule",
      request: { params: ItemId, body: jsonBody(Handover.DropInput) },
      responses: { 200: json(Handover.Item), 409: closed },
    }),
    async (c) => c.json(await Handover.drop(c.req.valid("param").itemId, c.req.valid("json")), 200),
  );
