import { OpenAPIHono, z } from "@hono/zod-openapi";
import { notFound } from "@dianwu/core/error";
import { CUSTOMER_SERVICE, PICKERS, SUPERVISORS, WAREHOUSE_STAFF, Wave } from "@dianwu/core/warehouse";
import { device, operator, staff } from "../access";
import { json, jsonBody, PageQuery, page, route } from "../route";
import { Ulid } from "./warehouse-shared";

const WaveParam = z.object({ waveId: Ulid });
const ParcelLine = z.object({ skuId: z.string(), binCode: z.string(), qty: z.number() });
const Parcel = z.object({ parcelId: z.string(), slot: z.number(), orderIds: z.array(z.string()).optional(), waybillNo: z.string().optional(), remark: z.string().optional(), lines: z.array(ParcelLine) });
const PickLine = z.object({
  lineNo: z.number(),
  binCode: z.string(),
  skuId: z.string(),
  styleCode: z.string(),
  colour: z.string(),
  size: z.string(),
  qty: z.number(),
  parcels: z.array(z.object({ parcelId: z.string(), slot: z.number(), qty: z.number() })),
});
const Detail = Wave.Summary.extend({
  parcels: z.array(Parcel),
  pickList: z.array(PickLine.extend({ picked: z.number().optional(), confirmedBy: z.string().optional(), confirmedAt: z.string().optional() })),
});
const PICK_READERS = [...new Set([...WAREHOUSE_STAFF, ...CUSTOMER_SERVICE])];
const WAVE_MAKERS = [...new Set([...SUPERVISORS, ...PICKERS])];

export const warehousePicking = new OpenAPIHono()
  .openapi(
    route({
      method: "post",
      path: "/warehouse/waves",
      access: staff(WAVE_MAKERS),
      summary: "Make pick waves from allocated parcels (single- and multi-item apart, by style and colour); their lines come from the parcels' reservations",
      request: { body: jsonBody(Wave.CreateInput) },
      responses: {
        201: json(z.object({ waves: z.array(Wave.Summary), skipped: z.array(z.object({ parcelId: z.string(), reason: z.enum(["in-wave", "not-allocated"]), waveId: z.string().optional() })) })),
      },
    }),
    async (c) => c.json(await Wave.create(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/waves",
      access: staff(WAREHOUSE_STAFF),
      summary: "Waves by state, newest first",
      request: { query: PageQuery.extend({ state: z.enum(["open", "picking", "picked", "cancelled"]).default("open") }) },
      responses: { 200: json(page(Wave.Summary)) },
    }),
    async (c) => {
      const result = await Wave.list(c.req.valid("query"));
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/waves/{waveId}",
      access: staff(WAREHOUSE_STAFF),
      summary: "A wave: its parcels with slots and its pick list with what was confirmed",
      request: { params: WaveParam },
      responses: { 200: json(Detail) },
    }),
    async (c) => c.json(await Wave.get(c.req.valid("param").waveId), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/waves/{waveId}/pick-list",
      access: staff(WAREHOUSE_STAFF),
      summary: "The printable pick list (拣货单): in walking order, grouped by style and colour, with the wave's barcode",
      request: { params: WaveParam },
      responses: {
        200: json(
          Wave.Summary.extend({
            barcode: z.object({ value: z.string(), symbology: z.literal("CODE128") }),
            groups: z.array(z.object({ styleCode: z.string(), colour: z.string(), lines: z.array(PickLine.extend({ name: z.string(), picked: z.number().optional() })) })),
          }),
        ),
      },
    }),
    async (c) => c.json(await Wave.pickList(c.req.valid("param").waveId), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/waves/{waveId}/slips",
      access: staff(WAREHOUSE_STAFF),
      summary: "Printable outbound slips (出库单), one per parcel, with the parcel's barcode",
      request: { params: WaveParam },
      responses: {
        200: json(
          z.object({
            waveId: z.string(),
            kind: z.enum(["single", "multi"]),
            slips: z.array(
              z.object({
                slipNo: z.string(), slot: z.number(), parcelId: z.string(), barcode: z.object({ value: z.string(), symbology: z.literal("CODE128") }),
                waybillNo: z.string().optional(), orderIds: z.array(z.string()), remark: z.string().optional(), pieces: z.number(),
                lines: z.array(z.object({ skuId: z.string(), binCode: z.string(), qty: z.number(), styleCode: z.string(), colour: z.string(), size: z.string(), name: z.string() })),
              }),
            ),
          }),
        ),
      },
    }),
    async (c) => c.json(await Wave.slips(c.req.valid("param").waveId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/waves/{waveId}/cancel",
      access: staff(SUPERVISORS),
      summary: "Withdraw a wave nobody took; its parcels can be waved again",
      request: { params: WaveParam },
      responses: { 200: json(Wave.Summary) },
    }),
    async (c) => c.json(await Wave.cancel(c.req.valid("param").waveId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/kiosk/waves/{waveId}/start",
      access: operator(["packing_bench"], PICKERS),
      summary: "The picker takes the wave with their badge",
      request: { params: WaveParam },
      responses: { 200: json(Wave.Summary) },
    }),
    async (c) => c.json(await Wave.start(c.req.valid("param").waveId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/kiosk/waves/{waveId}/lines/{lineNo}/confirm",
      access: operator(["packing_bench"], PICKERS),
      summary: "Confirm a pick-list line with the count picked; less than asked is a short pick customer service sees",
      request: { params: WaveParam.extend({ lineNo: z.coerce.number().int().min(1).max(9999) }), body: jsonBody(z.object({ picked: z.number().int().min(0).max(100_000) })) },
      responses: { 200: json(z.object({ lineNo: z.number(), wanted: z.number(), picked: z.number(), short: z.number(), exceptionId: z.string().optional() })) },
    }),
    async (c) => {
      const { waveId, lineNo } = c.req.valid("param");
      return c.json(await Wave.confirm(waveId, lineNo, c.req.valid("json").picked), 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/kiosk/waves/{waveId}/complete",
      access: operator(["packing_bench"], PICKERS),
      summary: "The picker signs the wave off once every line is confirmed",
      request: { params: WaveParam },
      responses: { 200: json(Wave.Summary) },
    }),
    async (c) => c.json(await Wave.complete(c.req.valid("param").waveId), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/kiosk/parcels/{parcelId}/wave",
      access: device("packing_bench"),
      summary: "The wave and slot a parcel was picked in",
      request: { params: z.object({ parcelId: z.string().min(1).max(64) }) },
      responses: { 200: json(z.object({ waveId: z.string(), slot: z.number() })) },
    }),
    async (c) => {
      const { parcelId } = c.req.valid("param");
      const found = await Wave.ofParcel(parcelId);
      if (!found) throw notFound("wave.parcel-not-waved", `Parcel ${parcelId} is in no wave`);
      return c.json(found, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/warehouse/pick-exceptions",
      access: staff(PICK_READERS),
      summary: "Short picks with the parcels left short, for customer service, newest first",
      request: { query: PageQuery.extend({ state: z.enum(["open", "resolved"]).default("open") }) },
      responses: { 200: json(page(Wave.Exception)) },
    }),
    async (c) => {
      const result = await Wave.exceptions(c.req.valid("query"));
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/warehouse/pick-exceptions/{exceptionId}/resolve",
      access: staff([...CUSTOMER_SERVICE, ...SUPERVISORS]),
      summary: "Close a short pick with what was agreed with the buyer",
      request: { params: z.object({ exceptionId: Ulid }), body: jsonBody(z.object({ resolution: z.string().trim().min(2).max(300) })) },
      responses: { 200: json(Wave.Exception) },
    }),
    async (c) => c.json(await Wave.resolveException(c.req.valid("param").exceptionId, c.req.valid("json").resolution), 200),
  );
