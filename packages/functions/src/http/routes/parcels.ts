import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ALLOCATORS, Allocation, Parcel, PARCEL_READERS, STATES, Waybill, WAYBILL_ASSIGNERS } from "@dianwu/core/packing";
import { staff } from "../access";
import { json, jsonBody, page, PageQuery, route } from "../route";

const Info = Parcel.Info;
const ParcelId = z.object({ parcelId: z.string().min(1).max(40) });

const ListQuery = PageQuery.extend({
  cursor: z.string().max(2000).refine(Parcel.isListCursor, "not a cursor of this list").optional(),
  state: z.enum(STATES).optional(),
  intercepted: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
  /** Only parcels made before this instant: those past their merge window, for allocation. */
  createdBefore: z.string().datetime().optional(),
});

const ImportRow = z.object({
  row: z.number(),
  status: z.enum(["assigned", "unchanged", "rejected"]),
  number: z.string().optional(),
  carrier: z.string().optional(),
  parcelId: z.string().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
});

const AllocateInput = z.object({
  /** Only these parcels (their merge window is not waited for); otherwise the oldest pending ones. */
  parcelIds: z.array(z.string().min(1).max(40)).min(1).max(200).optional(),
  /** Continues a run: the cursor the previous call answered with. */
  cursor: z.string().max(2000).refine(Parcel.isListCursor, "not a cursor of this list").optional(),
  limit: z.number().int().min(1).max(200).optional(),
});

const AllocationOutcome = z.object({
  parcelId: z.string(),
  outcome: z.enum(["allocated", "skipped", "short", "unknown-sku"]),
  reason: z.enum(["not-found", "not-pending", "intercepted", "merge-window"]).optional(),
  shortages: z.unknown().optional(),
  skus: z.array(z.string()).optional(),
});

/** Parcels for the console and the warehouse: lists, one parcel, lookups, waybills, allocation. */
export const parcels = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/parcels",
      access: staff(PARCEL_READERS),
      summary: "Parcels in a state (default pending), oldest first; or the intercepted ones (intercepted=true)",
      request: { query: ListQuery },
      responses: { 200: json(page(Info)) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const result = await Parcel.list({ ...q, intercepted: q.intercepted });
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/parcels/allocations",
      access: staff(ALLOCATORS),
      summary: "Reserves stock for pending parcels past their merge window (or the ones named) and moves them to allocated; one page per call, continue with the cursor",
      request: { body: jsonBody(AllocateInput) },
      responses: {
        200: json(
          z.object({ allocated: z.number(), short: z.number(), unknownSku: z.number(), skipped: z.number(), outcomes: z.array(AllocationOutcome), cursor: z.string().nullable() }),
        ),
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const result = await Allocation.allocatePending({ ...input, parcelIds: input.parcelIds?.map((id) => id.toUpperCase()) });
      return c.json({ ...result, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/parcels/{parcelId}",
      access: staff(PARCEL_READERS),
      summary: "One parcel by its code (P + ten characters, as printed on the pick list)",
      request: { params: ParcelId },
      responses: { 200: json(Info) },
    }),
    async (c) => c.json(await Parcel.mustFromId(c.req.valid("param").parcelId.toUpperCase()), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/parcels/by-waybill/{number}",
      access: staff(PARCEL_READERS),
      summary: "The parcel a waybill label belongs to (one read); 409 with the parcel's code for a replaced label",
      request: { params: z.object({ number: z.string().min(1).max(60) }) },
      responses: { 200: json(Info) },
    }),
    async (c) => c.json(await Parcel.byWaybill(c.req.valid("param").number), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/parcels/by-order/{tid}",
      access: staff(PARCEL_READERS),
      summary: "The parcels an order went into (two when part of it waits for stock; cancelled ones too)",
      request: { params: z.object({ tid: z.string().min(1).max(40) }) },
      responses: { 200: json(z.object({ items: z.array(Info) })) },
    }),
    async (c) => c.json({ items: await Parcel.byOrder(c.req.valid("param").tid) }, 200),
  )
  .openapi(
    route({
      method: "put",
      path: "/parcels/{parcelId}/waybill",
      access: staff(WAYBILL_ASSIGNERS),
      summary:
        "Put a waybill number on a parcel; validated against the carrier's format (name the carrier when several fit); 409 when the number is used",
      request: { params: ParcelId, body: jsonBody(Waybill.AssignInput) },
      responses: { 200: json(z.object({ parcel: Info, changed: z.boolean() })) },
    }),
    async (c) => {
      const { parcel, changed } = await Waybill.assign(c.req.valid("param").parcelId.toUpperCase(), c.req.valid("json"));
      return c.json({ parcel, changed }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/parcels/waybills/import",
      access: staff(WAYBILL_ASSIGNERS),
      summary: `Import the e-waybill printing service's export (订单号/运单号/快递公司, or 包裹号), at most ${Waybill.IMPORT_MAX_ROWS} rows; a report per row`,
      request: { body: jsonBody(Waybill.ImportInput) },
      responses: {
        200: json(z.object({ total: z.number(), assigned: z.number(), unchanged: z.number(), rejected: z.number(), rows: z.array(ImportRow) })),
      },
    }),
    async (c) => c.json(await Waybill.importCsv(c.req.valid("json")), 200),
  );
