import * as z from "zod";
import { ping } from "@dianwu/core/dynamo/table";
import { BENCH_OPERATORS, KeyInput, scan, ScanInput, undo, view } from "@dianwu/core/packing/bench/hot";
import { operator, PUBLIC } from "../access";
import { operation, router } from "../../hot/operation";

/**
 * The packing bench's hot path: what a bench sends for every piece (scan, undo), the parcel's view
 * after a reload, and the health probe the kiosk polls while offline. Served by the hot Lambda
 * (API Gateway routes exactly these paths there: infra/api-construct.ts HOT_ROUTES) and, locally
 * and in tests, by the main app: the same router object in both. Nothing imported here may pull in
 * ElectroDB or the AWS SDK (docs/decisions/0061-hot-path-without-sdk.md).
 */
export const AT_BENCH = operator(["packing_bench"], BENCH_OPERATORS);
export const ParcelParam = z.object({ parcelId: z.string().trim().min(1).max(40).toUpperCase() });

export const hotBenchOperations = [
  operation({
    method: "get",
    path: "/bench/health",
    access: PUBLIC,
    summary: "Whether the bench's API can reach DynamoDB (the kiosk polls it while offline)",
    status: 200,
    response: "BenchHealth",
    handle: async (_input, c) => {
      const reachable = await ping();
      const body = { status: reachable ? "ok" : "degraded", dynamodb: reachable ? "ok" : "unreachable", time: new Date().toISOString() };
      return c.json(body, reachable ? 200 : 503);
    },
  }),
  operation({
    method: "get",
    path: "/bench/parcels/{parcelId}",
    access: AT_BENCH,
    summary: "The parcel this bench holds: manifest and progress (after a reload or reconnect)",
    params: ParcelParam,
    status: 200,
    response: "BenchView",
    problems: { 409: "bench.not-open, bench.busy, bench.closed" },
    handle: async ({ params }) => view(params.parcelId),
  }),
  operation({
    method: "post",
    path: "/bench/parcels/{parcelId}/scans",
    access: AT_BENCH,
    summary: "Verify one item scan (idempotent by scanId); rejected scans answer 200 with accepted=false and the outcome",
    params: ParcelParam,
    body: ScanInput,
    status: 200,
    response: "BenchScanResult",
    problems: { 409: "bench.not-open, bench.busy, bench.closed" },
    handle: async ({ params, body }) => scan(params.parcelId, body),
  }),
  operation({
    method: "post",
    path: "/bench/parcels/{parcelId}/undo",
    access: AT_BENCH,
    summary: "Take back the last accepted scan (idempotent by scanId)",
    params: ParcelParam,
    body: KeyInput,
    status: 200,
    response: "BenchUndoResult",
    problems: { 409: "bench.nothing-to-undo, bench.not-open, bench.busy, bench.closed" },
    handle: async ({ params, body }) => undo(params.parcelId, body),
  }),
];

export const hotBenchRoutes = router(hotBenchOperations);
