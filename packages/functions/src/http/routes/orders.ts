import { OpenAPIHono, z } from "@hono/zod-openapi";
import { Order, OrderRoles, OrderRules } from "@dianwu/core/orders";
import { staff } from "../access";
import { json, jsonBody, page, PageQuery, route } from "../route";

/**
 * The console's orders: lists with filters, the unpaid chase list, intercepts, credits, one order's
 * detail with its message history and audit trail, and the staff actions on an order.
 * Static paths are registered before /orders/{tid} so that they are not read as an order number.
 */
const TidParam = z.object({ tid: Order.Tid });
const flagQuery = z.enum(["true", "false"]).transform((v) => v === "true");

const ListQuery = PageQuery.extend({
  status: Order.ListInput.shape.status,
  flag: z.coerce.number().int().min(0).max(5).optional(),
  intercepted: flagQuery.optional(),
  unpaidDue: flagQuery.optional(),
  month: Order.ListInput.shape.month,
  buyerNick: Order.ListInput.shape.buyerNick,
});

const ChaseItem = Order.Summary.extend({
  chase: z.object({
    deadline: z.string(),
    secondsLeft: z.number(),
    due: z.boolean(),
    count: z.number(),
    last: z.object({ id: z.string(), at: z.string(), by: z.string(), result: z.string(), note: z.string().optional() }).optional(),
  }),
});

const InterceptItem = z.object({
  tid: z.string(),
  interceptId: z.string(),
  reason: z.enum(["refund", "address-changed"]),
  at: z.string(),
  state: z.enum(OrderRules.INTERCEPT_STATES),
  buyerNick: z.string().optional(),
  receiverName: z.string().optional(),
  releasedAt: z.string().optional(),
  releasedBy: z.string().optional(),
  note: z.string().optional(),
});

const Detail = z.object({
  order: Order.Info,
  messages: z.array(
    z.object({
      messageId: z.string(),
      at: z.string(),
      topic: z.string(),
      source: z.string(),
      actor: z.string().optional(),
      statusAfter: z.string(),
      summary: z.string(),
      appliedAt: z.string(),
    }),
  ),
  audit: z.array(
    z.object({
      auditId: z.string(),
      at: z.string(),
      action: z.string(),
      actorType: z.string(),
      staffNo: z.string().optional(),
      deviceId: z.string().optional(),
      actorName: z.string().optional(),
      before: z.unknown().optional(),
      after: z.unknown().optional(),
      note: z.string().optional(),
    }),
  ),
});

const Credits = z.object({
  staffNo: z.string(),
  month: z.string(),
  orders: z.number(),
  salesFen: z.number(),
  items: z.array(z.object({ tid: z.string(), paidAt: z.string(), paymentFen: z.number(), void: z.boolean() })),
});

const cursorOf = (result: { cursor: string | null }) => result.cursor ?? null;

export const orders = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/orders",
      access: staff(OrderRoles.READERS),
      summary: "Orders, newest first: by status, or by month placed (default this month), or by buyer; filter by flag, intercepted, unpaid-due",
      request: { query: ListQuery },
      responses: { 200: json(page(Order.Summary)) },
    }),
    async (c) => {
      const result = await Order.list(c.req.valid("query"));
      return c.json({ items: result.items, cursor: cursorOf(result) }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/orders/unpaid",
      access: staff(OrderRoles.READERS),
      summary: "The unpaid chase list (催付): least time left before the chase deadline first, with who chased, when and the result",
      request: { query: PageQuery },
      responses: { 200: json(page(ChaseItem)) },
    }),
    async (c) => {
      const result = await Order.unpaid(c.req.valid("query"));
      return c.json({ items: result.items, cursor: cursorOf(result) }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/orders/intercepts",
      access: staff(OrderRoles.READERS),
      summary: "Intercepts (拦截) by state, longest waiting first",
      request: { query: PageQuery.extend({ state: Order.InterceptListInput.shape.state }) },
      responses: { 200: json(page(InterceptItem)) },
    }),
    async (c) => {
      const result = await Order.intercepts(c.req.valid("query"));
      return c.json({ items: result.items, cursor: cursorOf(result) }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/orders/credits",
      access: staff(OrderRoles.CREDIT_READERS),
      summary: "Sales credited to a CS agent (staff number in the seller memo) in a month of payment",
      request: { query: Order.CreditInput },
      responses: { 200: json(Credits) },
    }),
    async (c) => c.json(await Order.credits(c.req.valid("query")), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/orders/{tid}",
      access: staff(OrderRoles.READERS),
      summary: "One order with its message history (oldest first) and audit trail (newest first)",
      request: { params: TidParam },
      responses: { 200: json(Detail), 404: json(z.object({}), "No such order") },
    }),
    async (c) => c.json(await Order.detail(c.req.valid("param").tid), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/orders/{tid}/chases",
      access: staff(OrderRoles.CHASERS),
      summary: "Record a chase of an unpaid order (催付): the result and a note; who and when are recorded",
      request: { params: TidParam, body: jsonBody(Order.ChaseInput) },
      responses: { 201: json(Order.Info), 409: json(z.object({}), "The order is not unpaid") },
    }),
    async (c) => c.json(await Order.recordChase(c.req.valid("param").tid, c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "post",
      path: "/orders/{tid}/read",
      access: staff(OrderRoles.ORDER_MAKERS),
      summary: "Order-making (制单) has read the order: items added later go out as a separate order with its own postage",
      request: { params: TidParam },
      responses: { 200: json(Order.Info) },
    }),
    async (c) => c.json(await Order.markRead(c.req.valid("param").tid), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/orders/{tid}/additions",
      access: staff(OrderRoles.ADDERS),
      summary: "A customer adds items: merged into the order if order-making has not read it, otherwise a separate order with its own postage",
      request: { params: TidParam, body: jsonBody(Order.AdditionInput) },
      responses: {
        201: json(
          z.object({
            decision: z.enum(["merged", "separate"]),
            reason: z.string().optional(),
            separatePostage: z.boolean(),
            order: Order.Info,
          }),
        ),
      },
    }),
    async (c) => c.json(await Order.addItems(c.req.valid("param").tid, c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "post",
      path: "/orders/{tid}/intercepts/release",
      access: staff(OrderRoles.RELEASERS),
      summary: "A supervisor releases an intercepted order (all open intercepts, or the ones named); after an address change the parcel gets a new waybill",
      request: { params: TidParam, body: jsonBody(Order.ReleaseInput) },
      responses: { 200: json(Order.Info), 409: json(z.object({}), "Nothing open to release") },
    }),
    async (c) => c.json(await Order.release(c.req.valid("param").tid, c.req.valid("json")), 200),
  );
