import { OpenAPIHono, z } from "@hono/zod-openapi";
import { INSPECTORS, RECEIVERS, Receipt, SUPERVISORS, WAREHOUSE_STAFF } from "@dianwu/core/warehouse";
import { operator, staff } from "../access";
import { json, jsonBody, PageQuery, page, route } from "../route";
import { Ulid } from "./warehouse-shared";

const Header = Receipt.Receipt;
const Detail = Receipt.Receipt.extend({ lines: z.array(Receipt.Line) });
const ReceiptParam = z.object({ receiptId: Ulid });
const LineParam = ReceiptParam.extend({ skuId: Ulid });
const ScanBody = z.object({ code: z.string().trim().min(1).max(64), qty: z.number().int().min(1).max(1000).default(1) });
const ScanResult = z.object({ duplicate: z.boolean(), skuId: z.string(), unitCode: z.string().optional(), line: Receipt.Line.omit({ sku: true }) });
const Movements = z.object({ lines: z.array(z.object({ skuId: z.string(), binCode: z.string(), type: z.string(), qty: z.number(), balanceAfter: z.number(), signedBy: z.string() })) });
const RECEIVING_READERS = [...new Set([...RECEIVERS, ...INSPECTORS, ...SUPERVISORS, "picker" as const])];

export const warehouseReceiving = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/warehouse/receipts",
      access: staff(RECEIVING_READERS),
      summary: "Inbound receipts (入库单) by state, newest first",
      request: { query: PageQuery.extend({ state: z.enum(["receiving", "booked", "done", "cancelled"]).default("receiving") }) },
      responses: { 200: json(page(Header)) },
    }),
    async (c) => {
      const result = await Receipt.list(c.req.valid("query"));
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/receipts",
      access: staff(RECEIVERS),
      summary: "Open a receipt for a supplier delivery; the goods will book into pending inspection (待检区)",
      request: { body: jsonBody(Receipt.CreateInput) },
      responses: { 201: json(Detail) },
    }),
    async (c) => c.json(await Receipt.create(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/receipts/{receiptId}",
      access: staff(RECEIVING_READERS),
      summary: "A receipt with its lines: expected, scanned, the difference and how it was explained, inspection, put-away",
      request: { params: ReceiptParam },
      responses: { 200: json(Detail) },
    }),
    async (c) => c.json(await Receipt.get(c.req.valid("param").receiptId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/receipts/{receiptId}/scans",
      access: staff(RECEIVERS),
      summary: "A piece scanned at the receiving desk (a unique code counts once however often scanned)",
      request: { params: ReceiptParam, body: jsonBody(ScanBody) },
      responses: { 200: json(ScanResult) },
    }),
    async (c) => {
      const { code, qty } = c.req.valid("json");
      return c.json(await Receipt.scan(c.req.valid("param").receiptId, code, qty), 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/kiosk/receipts/{receiptId}/scans",
      access: operator(["packing_bench"], RECEIVERS),
      summary: "A piece scanned at a kiosk used as the receiving bench, by the receiver who scanned their badge",
      request: { params: ReceiptParam, body: jsonBody(ScanBody) },
      responses: { 200: json(ScanResult) },
    }),
    async (c) => {
      const { code, qty } = c.req.valid("json");
      return c.json(await Receipt.scan(c.req.valid("param").receiptId, code, qty), 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/receipts/{receiptId}/lines/{skuId}/resolution",
      access: staff(RECEIVERS),
      summary: "Explain a difference: recount (the line's scans start over), accept the count, or reject the line; with a reason",
      request: { params: LineParam, body: jsonBody(Receipt.ResolveInput) },
      responses: { 200: json(Receipt.Line.omit({ sku: true })), 409: json(z.object({}), "Scanned meanwhile, or no longer receiving") },
    }),
    async (c) => {
      const { receiptId, skuId } = c.req.valid("param");
      return c.json(await Receipt.resolve(receiptId, skuId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/receipts/{receiptId}/book",
      access: staff(RECEIVERS),
      summary: "Book the reconciled receipt into pending inspection, signed by the receiver (409 lists unexplained lines)",
      request: { params: ReceiptParam },
      responses: { 200: json(Detail), 409: json(z.object({ lines: z.array(z.object({ skuId: z.string(), expected: z.number(), scanned: z.number() })).optional() }), "Differences not explained") },
    }),
    async (c) => c.json(await Receipt.book(c.req.valid("param").receiptId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/receipts/{receiptId}/cancel",
      access: staff(RECEIVERS),
      summary: "Cancel a receipt that is still being received",
      request: { params: ReceiptParam, body: jsonBody(z.object({ reason: z.string().trim().min(2).max(200) })) },
      responses: { 200: json(Header) },
    }),
    async (c) => c.json(await Receipt.cancel(c.req.valid("param").receiptId, c.req.valid("json").reason), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/receipts/{receiptId}/lines/{skuId}/inspection",
      access: staff(INSPECTORS),
      summary: "Inspect a line with the garment checklist (each point pass/fail) and defect counts by reason",
      request: { params: LineParam, body: jsonBody(Receipt.InspectInput) },
      responses: {
        200: json(z.object({ skuId: z.string(), passed: z.number(), failed: z.number(), failedPoints: z.array(z.string()), inspectedBy: z.string(), inspectedAt: z.string() })),
      },
    }),
    async (c) => {
      const { receiptId, skuId } = c.req.valid("param");
      return c.json(await Receipt.inspect(receiptId, skuId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/receipts/{receiptId}/supplier-return",
      access: staff(RECEIVING_READERS),
      summary: "The receipt's return-to-supplier/factory document (退货/返厂单)",
      request: { params: ReceiptParam },
      responses: { 200: json(z.object({ items: z.array(Receipt.SupplierReturnLine) })) },
    }),
    async (c) => c.json({ items: await Receipt.supplierReturn(c.req.valid("param").receiptId) }, 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/receipts/{receiptId}/supplier-return/dispatch",
      access: staff(RECEIVERS),
      summary: "The failed goods leave: off the pending-inspection card, signed",
      request: { params: ReceiptParam },
      responses: { 200: json(z.object({ items: z.array(Receipt.SupplierReturnLine) })) },
    }),
    async (c) => c.json({ items: await Receipt.dispatchSupplierReturn(c.req.valid("param").receiptId) }, 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/supplier-returns",
      access: staff(RECEIVING_READERS),
      summary: "Every return-to-supplier line not yet dispatched",
      responses: { 200: json(z.object({ items: z.array(Receipt.SupplierReturnLine) })) },
    }),
    async (c) => c.json({ items: await Receipt.openSupplierReturns() }, 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/receipts/{receiptId}/putaway-plan",
      access: staff(WAREHOUSE_STAFF),
      summary: "What is left to put away and the bins the system assigns (整货 to the case bin, 散货 to the home bin)",
      request: { params: ReceiptParam },
      responses: {
        200: json(
          z.object({
            receiptId: z.string(),
            pendingBin: z.string(),
            lines: z.array(
              z.object({
                skuId: z.string(), styleCode: z.string(), colour: z.string(), size: z.string(), name: z.string(), left: z.number(),
                targets: z.array(z.object({ binCode: z.string(), qty: z.number(), kind: z.enum(["whole_case", "loose"]) })),
              }),
            ),
          }),
        ),
      },
    }),
    async (c) => c.json(await Receipt.putawayPlan(c.req.valid("param").receiptId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/kiosk/receipts/{receiptId}/putaway",
      access: operator(["packing_bench"], WAREHOUSE_STAFF),
      summary: "Put inspected goods away, signed by the badge scanned at this device",
      request: { params: ReceiptParam, body: jsonBody(Receipt.PutawayInput) },
      responses: { 200: json(Movements) },
    }),
    async (c) => {
      const lines = await Receipt.putaway(c.req.valid("param").receiptId, c.req.valid("json"));
      return c.json({ lines: lines.map(({ skuId, binCode, type, qty, balanceAfter, signedBy }) => ({ skuId, binCode, type, qty, balanceAfter, signedBy })) }, 200);
    },
  );
