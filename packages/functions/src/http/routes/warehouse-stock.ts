import { OpenAPIHono, z } from "@hono/zod-openapi";
import { Bin, STOCK_READERS, SUPERVISORS, Stock, WAREHOUSE_STAFF } from "@dianwu/core/warehouse";
import { staff } from "../access";
import { json, jsonBody, PageQuery, page, route } from "../route";
import { BinCodeString, SkuParam, Ulid } from "./warehouse-shared";

const Balance = z
  .object({
    skuId: z.string(),
    binCode: z.string(),
    binKind: Bin.BinKind,
    onHand: z.number(),
    reserved: z.number(),
    available: z.number(),
    cardLines: z.number(),
    updatedAt: z.string(),
  })
  .openapi("StockBalance");
const CardLine = z
  .object({
    seq: z.number(),
    type: z.enum(Stock.MOVEMENT_TYPES),
    qty: z.number(),
    balanceAfter: z.number(),
    document: z.object({ type: z.string(), id: z.string(), line: z.string().optional() }),
    signedBy: z.string(),
    deviceId: z.string().optional(),
    note: z.string().optional(),
    at: z.string(),
    day: z.string(),
    skuId: z.string(),
    binCode: z.string(),
  })
  .openapi("StockCardLine");
const SkuBin = SkuParam.extend({ binCode: BinCodeString });
const Adjustment = Stock.Adjustment;
const BookedLines = z.object({ lines: z.array(CardLine.omit({ document: true }).extend({ documentType: z.string(), documentId: z.string() }).partial()) });

/** Card lines as the movement engine returns them, in the route's shape. */
const booked = (lines: Awaited<ReturnType<typeof Stock.move>>) => ({
  lines: lines.map(({ seq, type, qty, balanceAfter, documentType, documentId, signedBy, at, day, skuId, binCode }) => ({ seq, type, qty, balanceAfter, documentType, documentId, signedBy, at, day, skuId, binCode })),
});

export const warehouseStock = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/warehouse/stock",
      access: staff(STOCK_READERS),
      summary: "Balances by bin: one bin (`binCode`), a zone (`zone`) or a bin kind (`binKind`)",
      request: { query: PageQuery.extend({ zone: z.string().regex(/^[A-Z]{1,3}$/).optional(), binCode: BinCodeString.optional(), binKind: Bin.BinKind.optional() }) },
      responses: { 200: json(page(Balance)) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const result = await Stock.list({ ...q, binCode: q.binCode?.toUpperCase() });
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/stock/skus/{skuId}",
      access: staff(STOCK_READERS),
      summary: "Where a SKU is, per bin, and its sellable on hand, reserved and available",
      request: { params: SkuParam },
      responses: {
        200: json(z.object({ skuId: z.string(), bins: z.array(Balance), onHand: z.number(), sellableOnHand: z.number(), reserved: z.number(), available: z.number() })),
      },
    }),
    async (c) => c.json(await Stock.forSku(c.req.valid("param").skuId), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/stock/skus/{skuId}/bins/{binCode}/card",
      access: staff(STOCK_READERS),
      summary: "The stock card (一物一卡) of a SKU in a bin, newest line first",
      request: { params: SkuBin, query: PageQuery },
      responses: { 200: json(page(CardLine)) },
    }),
    async (c) => {
      const { skuId, binCode } = c.req.valid("param");
      const result = await Stock.card(skuId, binCode.toUpperCase(), c.req.valid("query"));
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/stock/skus/{skuId}/bins/{binCode}/check",
      access: staff(STOCK_READERS),
      summary: "Proof that the card and the balance agree (账卡一致): sequence, running sum, balance-after, no negatives",
      request: { params: SkuBin },
      responses: {
        200: json(
          z.object({
            skuId: z.string(),
            binCode: z.string(),
            onHand: z.number(),
            reserved: z.number(),
            available: z.number(),
            consistent: z.boolean(),
            cardSum: z.number(),
            lines: z.number(),
            problems: z.array(z.string()),
          }),
        ),
      },
    }),
    async (c) => {
      const { skuId, binCode } = c.req.valid("param");
      return c.json(await Stock.check(skuId, binCode.toUpperCase()), 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/stock/transfers",
      access: staff(WAREHOUSE_STAFF),
      summary: "Move stock between bins; send a `transferId` (ULID) to make a retry harmless",
      request: { body: jsonBody(Stock.TransferInput) },
      responses: { 201: json(BookedLines) },
    }),
    async (c) => c.json(booked(await Stock.transfer(c.req.valid("json"))), 201),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/stock/openings",
      access: staff(SUPERVISORS),
      summary: "The opening balance (期初) of a SKU in a bin: the first line of an empty card",
      request: { body: jsonBody(Stock.OpeningInput) },
      responses: { 201: json(BookedLines) },
    }),
    async (c) => c.json(booked(await Stock.opening(c.req.valid("json"))), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/stock/adjustments",
      access: staff(SUPERVISORS),
      summary: "Adjustment requests by state, newest first",
      request: { query: PageQuery.extend({ state: z.enum(["requested", "approved", "rejected"]).default("requested") }) },
      responses: { 200: json(page(Adjustment)) },
    }),
    async (c) => {
      const { state, ...paging } = c.req.valid("query");
      const result = await Stock.adjustments(state, paging);
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/stock/adjustments",
      access: staff(WAREHOUSE_STAFF),
      summary: "Ask for a correction of the books; it is booked when a supervisor approves",
      request: { body: jsonBody(Stock.AdjustmentRequest) },
      responses: { 201: json(Adjustment) },
    }),
    async (c) => c.json(await Stock.requestAdjustment(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/stock/adjustments/{adjustmentId}/decision",
      access: staff(SUPERVISORS),
      summary: "Approve (books it on the card) or reject an adjustment; not one's own",
      request: { params: z.object({ adjustmentId: Ulid }), body: jsonBody(z.object({ approve: z.boolean(), note: z.string().trim().max(200).optional() })) },
      responses: { 200: json(Adjustment), 409: json(z.object({}), "Already decided") },
    }),
    async (c) => c.json(await Stock.decideAdjustment(c.req.valid("param").adjustmentId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/reorder-list",
      access: staff(STOCK_READERS),
      summary: "SKUs at or below their reorder point (补货), with the SKU and what is available now",
      responses: {
        200: json(
          z.object({
            items: z.array(z.object({ skuId: z.string(), styleCode: z.string(), colour: z.string(), size: z.string(), name: z.string(), available: z.number(), reorderPoint: z.number(), since: z.string() })),
          }),
        ),
      },
    }),
    async (c) => c.json({ items: await Stock.reorderList() }, 200),
  );
