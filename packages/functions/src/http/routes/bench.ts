import * as z from "zod";
import { ping } from "@dianwu/core/db";
import { Bench, BENCH_OPERATORS } from "@dianwu/core/packing/bench";
import { operator, PUBLIC } from "../access";
import { operation, router } from "../../hot/operation";

/**
 * The packing bench's hot path: open, scan, undo, force-complete, close, release, the slip and a
 * health probe. Served by the hot Lambda (API Gateway sends /api/bench/* there) and, locally and
 * in tests, by the main app — the same router object in both (docs/decisions/0053-bench-hot-path.md).
 */
const AT_BENCH = operator(["packing_bench"], BENCH_OPERATORS);
const ParcelParam = z.object({ parcelId: z.string().trim().min(1).max(40).toUpperCase() });

export const benchOperations = [
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
    method: "post",
    path: "/bench/open",
    access: AT_BENCH,
    summary: "Open a parcel by waybill, order number or parcel code and claim it for this bench (409 bench.busy: being packed at another bench; 423: intercepted)",
    body: Bench.OpenInput,
    status: 200,
    response: "BenchView",
    problems: { 404: "bench.not-found", 409: "bench.busy, bench.ambiguous-order, waybill.void, parcel.not-allocated, parcel.already-packed, parcel.cancelled", 423: "parcel.intercepted" },
    handle: async ({ body }) => Bench.open(body),
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
    handle: async ({ params }) => Bench.view(params.parcelId),
  }),
  operation({
    method: "post",
    path: "/bench/parcels/{parcelId}/scans",
    access: AT_BENCH,
    summary: "Verify one item scan (idempotent by scanId); rejected scans answer 200 with accepted=false and the outcome",
    params: ParcelParam,
    body: Bench.ScanInput,
    status: 200,
    response: "BenchScanResult",
    problems: { 409: "bench.not-open, bench.busy, bench.closed" },
    handle: async ({ params, body }) => Bench.scan(params.parcelId, body),
  }),
  operation({
    method: "post",
    path: "/bench/parcels/{parcelId}/undo",
    access: AT_BENCH,
    summary: "Take back the last accepted scan (idempotent by scanId)",
    params: ParcelParam,
    body: Bench.KeyInput,
    status: 200,
    response: "BenchUndoResult",
    problems: { 409: "bench.nothing-to-undo, bench.not-open, bench.busy, bench.closed" },
    handle: async ({ params, body }) => Bench.undo(params.parcelId, body),
  }),
  operation({
    method: "post",
    path: "/bench/parcels/{parcelId}/force",
    access: AT_BENCH,
    summary: "A supervisor's badge force-completes the parcel, with a reason (audited)",
    params: ParcelParam,
    body: Bench.ForceInput,
    status: 200,
    response: "BenchView",
    problems: { 400: "badge.unknown", 403: "bench.not-supervisor", 409: "bench.not-open, bench.busy, bench.closed" },
    handle: async ({ params, body }) => Bench.force(params.parcelId, body),
  }),
  operation({
    method: "post",
    path: "/bench/parcels/{parcelId}/close",
    access: AT_BENCH,
    summary: "Close a complete parcel with its waybill label: stock issue, parcel packed, audit, one transaction (idempotent by scanId)",
    params: ParcelParam,
    body: Bench.CloseInput,
    status: 200,
    response: "BenchCloseResult",
    problems: {
      409: "bench.incomplete, bench.label-swapped, bench.label-unknown, waybill.void, parcel.no-waybill, parcel.reprint-required, bench.stock-mismatch, stock.*",
      423: "parcel.intercepted",
      503: "stock.busy",
    },
    handle: async ({ params, body }) => Bench.close(params.parcelId, body),
  }),
  operation({
    method: "post",
    path: "/bench/parcels/{parcelId}/release",
    access: AT_BENCH,
    summary: "Put the parcel aside: another bench may open it at once (progress discarded, audited)",
    params: ParcelParam,
    body: Bench.KeyInput,
    status: 200,
    response: "BenchReleased",
    problems: { 409: "bench.not-open, bench.busy, bench.closed" },
    handle: async ({ params, body }) => Bench.release(params.parcelId, body),
  }),
  operation({
    method: "get",
    path: "/bench/parcels/{parcelId}/slip",
    access: AT_BENCH,
    summary: "The outbound slip (出库单) of a packed parcel, to print again",
    params: ParcelParam,
    status: 200,
    response: "BenchSlip",
    problems: { 409: "bench.not-packed" },
    handle: async ({ params }) => Bench.slip(params.parcelId),
  }),
];

export const benchRoutes = router(benchOperations);
