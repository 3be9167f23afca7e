import { Bench } from "@dianwu/core/packing/bench";
import { AT_BENCH, hotBenchOperations, ParcelParam } from "./bench-hot";
import { operation, router } from "../../hot/operation";

/**
 * The packing bench's routes. What a bench sends for every piece is in bench-hot.ts (the hot
 * Lambda serves those); opening, force-complete, close, release and the slip happen once per
 * parcel, write across areas (parcel, stock, audit, events) and are served by the main app
 * (docs/decisions/0053-bench-hot-path.md, 0061-hot-path-without-sdk.md). Locally and in tests
 * the main app serves all of them.
 */
/** Opening, force-complete, close, release and the slip: once per parcel, served by the main app. */
const parcelOperations = [
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

/** Every bench operation, for the main app and the OpenAPI document. */
export const benchOperations = [...hotBenchOperations, ...parcelOperations];

export const benchRoutes = router(benchOperations);
