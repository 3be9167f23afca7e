import { OpenAPIHono, z } from "@hono/zod-openapi";
import { Bin, CATALOGUE_EDITORS, CATALOGUE_READERS, WAREHOUSE_STAFF } from "@dianwu/core/warehouse";
import { staff } from "../access";
import { json, jsonBody, PageQuery, page, route } from "../route";
import { BinParam } from "./warehouse-shared";

const Info = Bin.Info;
const Label = z
  .object({
    binCode: z.string(),
    barcode: z.object({ value: z.string(), symbology: z.literal("CODE128") }),
    zone: z.string(),
    aisle: z.number(),
    shelf: z.number(),
    level: z.number(),
    kind: Bin.BinKind,
    name: z.string().optional(),
  })
  .openapi("BinLabel");
const ListQuery = PageQuery.extend({ kind: Bin.BinKind.optional(), zone: z.string().regex(/^[A-Z]{1,3}$/).optional() });

export const warehouseBins = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/warehouse/bins",
      access: staff(CATALOGUE_READERS),
      summary: "Bins in code order (zone, aisle, shelf, level), of one kind or one zone",
      request: { query: ListQuery },
      responses: { 200: json(page(Info)) },
    }),
    async (c) => {
      const result = await Bin.list(c.req.valid("query"));
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/bins",
      access: staff(CATALOGUE_EDITORS),
      summary: "Add a bin at zone-aisle-shelf-level, of a kind (待检区, normal, 整货, 散货, 次品仓, returns, intercept)",
      request: { body: jsonBody(Bin.CreateInput) },
      responses: { 201: json(Info), 409: json(z.object({}), "The bin exists") },
    }),
    async (c) => c.json(await Bin.create(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/bins/range",
      access: staff(CATALOGUE_EDITORS),
      summary: "Add every bin of a block (aisles × shelves × levels) that does not exist yet",
      request: { body: jsonBody(Bin.RangeInput) },
      responses: { 201: json(z.object({ created: z.array(z.string()) })) },
    }),
    async (c) => c.json(await Bin.createRange(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/bins/labels",
      access: staff(WAREHOUSE_STAFF),
      summary: "Printable bin labels, one page of bins at a time (by kind or zone)",
      request: { query: ListQuery },
      responses: { 200: json(page(Label)) },
    }),
    async (c) => {
      const result = await Bin.list(c.req.valid("query"));
      return c.json({ items: result.items.map(Bin.label), cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/bins/{binCode}",
      access: staff(CATALOGUE_READERS),
      summary: "One bin",
      request: { params: BinParam },
      responses: { 200: json(Info) },
    }),
    async (c) => c.json(await Bin.mustFromCode(c.req.valid("param").binCode.toUpperCase()), 200),
  )
  .openapi(
    route({
      method: "patch",
      path: "/warehouse/bins/{binCode}",
      access: staff(CATALOGUE_EDITORS),
      summary: "Rename a bin, change its kind or retire it (only when it holds nothing)",
      request: { params: BinParam, body: jsonBody(Bin.UpdateInput) },
      responses: { 200: json(Info), 409: json(z.object({}), "The bin holds stock") },
    }),
    async (c) => c.json(await Bin.update(c.req.valid("param").binCode.toUpperCase(), c.req.valid("json")), 200),
  );
