import { OpenAPIHono, z } from "@hono/zod-openapi";
import { notFound } from "@dianwu/core/error";
import { CATALOGUE_EDITORS, CATALOGUE_READERS, Sku, WAREHOUSE_STAFF } from "@dianwu/core/warehouse";
import { device, staff } from "../access";
import { json, jsonBody, PageQuery, page, route } from "../route";
import { SkuParam } from "./warehouse-shared";

const Info = Sku.Info;
const Barcode = Sku.Barcode;
const Detail = Info.extend({ barcodes: z.array(Barcode) });
const Label = z
  .object({
    barcode: z.object({ value: z.string(), symbology: z.enum(["EAN13", "CODE128"]), kind: z.string() }),
    skuId: z.string(),
    name: z.string(),
    styleCode: z.string(),
    colour: z.string(),
    size: z.string(),
    homeBin: z.string(),
  })
  .openapi("SkuLabel");
const Lookup = z.object({ code: z.string(), kind: z.string(), skuId: z.string(), unitCode: z.string().optional() });
const CodeParam = z.object({ code: z.string().min(1).max(64) });

export const warehouseCatalogue = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/warehouse/skus",
      access: staff(CATALOGUE_READERS),
      summary: "The catalogue in style, colour and size order; `styleCode` narrows it to one style",
      request: { query: PageQuery.extend({ styleCode: z.string().max(32).optional() }) },
      responses: { 200: json(page(Info)) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const result = await Sku.list(q);
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/skus",
      access: staff(CATALOGUE_EDITORS),
      summary: "Add a SKU with its barcodes (EAN-13/UPC-A checked) and a generated internal Code 128 label",
      request: { body: jsonBody(Sku.CreateInput) },
      responses: { 201: json(Detail), 409: json(z.object({}), "Platform code, variant or barcode already taken") },
    }),
    async (c) => c.json(await Sku.create(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/skus/{skuId}",
      access: staff(CATALOGUE_READERS),
      summary: "One SKU with all its barcodes",
      request: { params: SkuParam },
      responses: { 200: json(Detail) },
    }),
    async (c) => {
      const { skuId } = c.req.valid("param");
      return c.json({ ...(await Sku.mustFromId(skuId)), barcodes: await Sku.barcodes(skuId) }, 200);
    },
  )
  .openapi(
    route({
      method: "patch",
      path: "/warehouse/skus/{skuId}",
      access: staff(CATALOGUE_EDITORS),
      summary: "Change name, platform code, home bin, case bin and size, reorder point, unique-code tracking, active",
      request: { params: SkuParam, body: jsonBody(Sku.UpdateInput) },
      responses: { 200: json(Info) },
    }),
    async (c) => c.json(await Sku.update(c.req.valid("param").skuId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/skus/{skuId}/barcodes",
      access: staff(CATALOGUE_EDITORS),
      summary: "Add a maker's or supplier's barcode, or (without `code`) a new internal Code 128 label",
      request: { params: SkuParam, body: jsonBody(z.object({ code: z.string().trim().min(1).max(64).optional() })) },
      responses: { 201: json(Barcode), 409: json(z.object({}), "Barcode in use") },
    }),
    async (c) => {
      const { skuId } = c.req.valid("param");
      const { code } = c.req.valid("json");
      return c.json(code ? await Sku.addBarcode(skuId, code) : await Sku.addInternalLabel(skuId), 201);
    },
  )
  .openapi(
    route({
      method: "delete",
      path: "/warehouse/skus/{skuId}/barcodes/{code}",
      access: staff(CATALOGUE_EDITORS),
      summary: "Remove a barcode from a SKU (unit codes stay: they name pieces that exist)",
      request: { params: SkuParam.extend(CodeParam.shape) },
      responses: { 204: { description: "Removed" } },
    }),
    async (c) => {
      const { skuId, code } = c.req.valid("param");
      await Sku.removeBarcode(skuId, code);
      return c.body(null, 204);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/skus/{skuId}/labels",
      access: staff(WAREHOUSE_STAFF),
      summary: "Printable labels of a SKU: its internal and maker barcodes (`all=true` adds supplier codes)",
      request: { params: SkuParam, query: z.object({ all: z.enum(["true", "false"]).optional() }) },
      responses: { 200: json(z.object({ items: z.array(Label) })) },
    }),
    async (c) => c.json({ items: await Sku.labels(c.req.valid("param").skuId, c.req.valid("query").all === "true") }, 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/skus/{skuId}/unit-codes",
      access: staff(CATALOGUE_EDITORS),
      summary: "Unique codes (唯一码) for units of a high-value SKU, as printable labels",
      request: { params: SkuParam, body: jsonBody(z.object({ count: z.number().int().min(1).max(Sku.MAX_UNIT_CODES) })) },
      responses: { 201: json(z.object({ items: z.array(Label) })) },
    }),
    async (c) => c.json({ items: await Sku.issueUnitCodes(c.req.valid("param").skuId, c.req.valid("json").count) }, 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/barcodes/{code}",
      access: staff(CATALOGUE_READERS),
      summary: "The SKU (and unit) a scanned code belongs to",
      request: { params: CodeParam },
      responses: { 200: json(Lookup) },
    }),
    async (c) => c.json(await Sku.mustLookup(c.req.valid("param").code), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/kiosk/barcodes/{code}",
      access: device("packing_bench"),
      summary: "A scanned code at a bench: the SKU (and unit) it belongs to",
      request: { params: CodeParam },
      responses: { 200: json(Lookup) },
    }),
    async (c) => c.json(await Sku.mustLookup(c.req.valid("param").code), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/outer-skus/{outerSkuId}",
      access: staff(CATALOGUE_READERS),
      summary: "The SKU the shop platform calls by this code (outer_sku_id)",
      request: { params: z.object({ outerSkuId: z.string().min(1).max(64) }) },
      responses: { 200: json(Info) },
    }),
    async (c) => {
      const { outerSkuId } = c.req.valid("param");
      const skuId = await Sku.byOuterId(outerSkuId);
      if (!skuId) throw notFound("sku.not-found", `No SKU has the platform code ${outerSkuId}`);
      return c.json(await Sku.mustFromId(skuId), 200);
    },
  );
