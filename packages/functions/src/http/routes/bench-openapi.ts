import { OpenAPIHono, z } from "@hono/zod-openapi";
import { OUTCOMES } from "@dianwu/core/packing/bench";
import { json, jsonBody, route } from "../route";
import { benchOperations, benchRoutes } from "./bench";

/**
 * The bench routes as the main app serves and documents them: the hot path's own router (one
 * code path), plus its operations in the OpenAPI document with the response shapes below. Only
 * the main app loads this file, so the hot Lambda's bundle stays free of the OpenAPI machinery.
 */
const Line = z.object({
  line: z.number(),
  tid: z.string(),
  oid: z.string(),
  skuId: z.string().nullable(),
  outerSkuId: z.string(),
  styleCode: z.string(),
  colour: z.string(),
  size: z.string(),
  name: z.string(),
  title: z.string().optional(),
  skuProperties: z.string().optional(),
  quantity: z.number(),
  barcodes: z.array(z.string()),
  unitCodes: z.array(z.string()),
  uniqueTracked: z.boolean(),
  gift: z.boolean(),
  bin: z.string().optional(),
});
const Waybill = z.object({ number: z.string(), carrier: z.string(), carrierName: z.string() });
const Note = z.object({ tid: z.string(), buyerMessage: z.string().optional(), sellerMemo: z.string().optional() });
const Manifest = z
  .object({
    parcelId: z.string(),
    parcelVersion: z.number(),
    tids: z.array(z.string()),
    buyerNick: z.string(),
    receiver: z.object({ name: z.string(), city: z.string().optional(), district: z.string().optional() }),
    lines: z.array(Line),
    notes: z.array(Note),
    gifts: z.array(z.object({ line: z.number(), name: z.string(), quantity: z.number() })),
    remarks: z.array(z.string()),
    waybill: Waybill.nullable(),
    expectedLabels: z.array(z.string()),
    reprintRequired: z.boolean(),
    totalUnits: z.number(),
  })
  .openapi("BenchManifest");
const Progress = z
  .object({
    counts: z.array(z.number()),
    units: z.array(z.string()),
    history: z.array(z.object({ scanId: z.string(), line: z.number(), unit: z.string().optional() })),
  })
  .openapi("BenchProgress");
const Intercept = z
  .object({
    reasons: z.array(z.object({ tid: z.string(), reason: z.enum(["refund", "address_change", "other"]), note: z.string().optional(), at: z.string() })),
    putAt: z.string(),
  })
  .openapi("BenchIntercept");
const Forced = z.object({
  staffNo: z.string(),
  name: z.string(),
  reason: z.string(),
  at: z.string(),
  missing: z.array(z.object({ line: z.number(), missing: z.number() })),
});
const Missing = z.object({ line: z.number(), styleCode: z.string(), colour: z.string(), size: z.string(), name: z.string(), remaining: z.number() });
const Slip = z.object({
  parcelId: z.string(),
  shopName: z.string(),
  tids: z.array(z.string()),
  buyerNick: z.string(),
  receiver: z.object({ name: z.string(), mobile: z.string().optional(), address: z.string() }),
  waybill: Waybill.nullable(),
  lines: z.array(
    z.object({
      line: z.number(),
      styleCode: z.string(),
      colour: z.string(),
      size: z.string(),
      name: z.string(),
      quantity: z.number(),
      gift: z.boolean(),
      bins: z.array(z.object({ binCode: z.string(), qty: z.number() })),
    }),
  ),
  totalUnits: z.number(),
  notes: z.array(Note),
  packedAt: z.string(),
  packedBy: z.string(),
  bench: z.object({ id: z.string(), name: z.string() }),
  forced: z.object({ staffNo: z.string(), reason: z.string() }).nullable(),
});

const RESPONSES: Record<string, z.ZodType> = {
  BenchHealth: z.object({ status: z.enum(["ok", "degraded"]), dynamodb: z.enum(["ok", "unreachable"]), time: z.string() }),
  BenchView: z.object({
    parcelId: z.string(),
    bench: z.object({ id: z.string(), name: z.string() }),
    packer: z.object({ staffNo: z.string() }),
    claimedAt: z.string(),
    resumed: z.boolean(),
    takenOverFrom: z.object({ benchId: z.string(), benchName: z.string(), staffNo: z.string(), since: z.string() }).nullable(),
    manifest: Manifest,
    progress: Progress,
    complete: z.boolean(),
    forced: Forced.nullable(),
    intercept: Intercept.nullable(),
    replayed: z.boolean().optional(),
  }),
  BenchScanResult: z.object({
    scanId: z.string(),
    replayed: z.boolean(),
    accepted: z.boolean(),
    outcome: z.enum(OUTCOMES),
    line: z.number().nullable(),
    lineComplete: z.boolean(),
    scanned: z.object({
      code: z.string(),
      skuId: z.string().optional(),
      styleCode: z.string().optional(),
      colour: z.string().optional(),
      size: z.string().optional(),
      name: z.string().optional(),
      unit: z.string().optional(),
    }),
    expected: z.array(Missing),
    progress: Progress,
    complete: z.boolean(),
    intercept: Intercept.nullable(),
  }),
  BenchUndoResult: z.object({
    scanId: z.string(),
    replayed: z.boolean(),
    undone: z.object({ scanId: z.string(), line: z.number(), unit: z.string().optional() }),
    progress: Progress,
    complete: z.boolean(),
  }),
  BenchCloseResult: z.object({ scanId: z.string(), replayed: z.boolean(), parcelId: z.string(), state: z.literal("packed"), packedAt: z.string(), slip: Slip }),
  BenchReleased: z.object({ parcelId: z.string(), released: z.literal(true), replayed: z.boolean() }),
  BenchSlip: Slip,
};

const STATUS_TEXT: Record<number, string> = { 400: "Invalid input", 403: "Not allowed", 404: "Not found", 409: "Conflict", 423: "Locked", 503: "Try again" };

export const benchApi = new OpenAPIHono();
for (const op of benchOperations) {
  const problems = Object.fromEntries(
    Object.entries(op.problems ?? {}).map(([status, codes]) => [
      status,
      { description: `${STATUS_TEXT[Number(status)]}: ${codes}`, content: { "application/problem+json": { schema: z.object({ code: z.string() }).passthrough() } } },
    ]),
  );
  const { middleware: _enforcedByTheRouter, ...documented } = route({
    method: op.method,
    path: op.path,
    access: op.access,
    summary: op.summary,
    request: {
      ...(op.params ? { params: op.params as z.ZodObject } : {}),
      ...(op.query ? { query: op.query as z.ZodObject } : {}),
      ...(op.body ? { body: jsonBody(op.body) } : {}),
    },
    responses: { ...problems, [op.status]: json(RESPONSES[op.response] ?? z.unknown()) },
  });
  benchApi.openAPIRegistry.registerPath(documented);
}
benchApi.route("/", benchRoutes);
