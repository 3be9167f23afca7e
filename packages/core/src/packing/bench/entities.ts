import { defineEntity } from "../../db";
import { CARRIERS } from "../rules/waybill";
import { SCAN_MODEL, SESSION_MODEL, TALLY_MODEL } from "./keys";

/**
 * A parcel being packed at a bench: the claim ("being packed at bench X"), the manifest the bench
 * verifies against, and the progress. One item per parcel, so claiming is a conditional write on
 * it and a scan reads it with one strongly consistent get.
 *
 * Manifest, progress, the force-complete and the close are kept as JSON text: they are written
 * and read whole by this area alone, and the bench's hot path should not pay for ElectroDB's
 * validation of nested maps on every scan. Every write is conditioned on `version` and on the
 * claiming device, so two requests never both move one parcel's progress.
 */
export const BenchSessionEntity = defineEntity({
  model: SESSION_MODEL,
  attributes: {
    parcelId: { type: "string", required: true, readOnly: true },
    state: { type: ["packing", "released", "closed"] as const, required: true },
    deviceId: { type: "string", required: true },
    benchName: { type: "string", required: true },
    /** The packer who last worked on it (a bench can change hands at a shift change). */
    staffNo: { type: "string", required: true },
    claimedAt: { type: "string", required: true },
    /** Last time the bench did anything with it: a claim idle for long can be taken over. */
    touchedAt: { type: "string", required: true },
    manifest: { type: "string", required: true },
    progress: { type: "string", required: true },
    forced: { type: "string" },
    closed: { type: "string" },
    version: { type: "number", required: true },
  },
  indexes: {
    byParcel: {
      pk: { field: "pk", composite: ["parcelId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

export const SCAN_KINDS = ["open", "item", "undo", "force", "close", "release", "handover"] as const;
export type ScanKind = (typeof SCAN_KINDS)[number];

/**
 * Every scan at a bench, accepted or rejected, with bench, packer, time and outcome. Keyed by the
 * device and the client's idempotency key (a ULID per scan), so a replayed scan finds its first
 * answer (`response`) with one read, and the item's conditional create is what makes a scan apply
 * exactly once. A key is only unique per device: another bench cannot collide with this one.
 */
export const BenchScanEntity = defineEntity({
  model: SCAN_MODEL,
  attributes: {
    deviceId: { type: "string", required: true, readOnly: true },
    scanId: { type: "string", required: true, readOnly: true },
    kind: { type: SCAN_KINDS, required: true, readOnly: true },
    /** "-" when the scan named no parcel we know (an unknown code at open or handover). */
    parcelId: { type: "string", required: true, readOnly: true },
    code: { type: "string" },
    outcome: { type: "string", required: true, readOnly: true },
    accepted: { type: "boolean", required: true, readOnly: true },
    line: { type: "number" },
    staffNo: { type: "string", required: true, readOnly: true },
    benchName: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    /** The kiosk's clock when the scan happened (differs from `at` for offline replays). */
    scannedAt: { type: "string" },
    offline: { type: "boolean" },
    /** The answer given, returned again as is when the same key is sent again. */
    response: { type: "string" },
  },
  indexes: {
    byKey: {
      pk: { field: "pk", composite: ["deviceId", "scanId"] },
      sk: { field: "sk", composite: [] },
    },
    // A parcel's story at the benches, oldest first (console, disputes).
    byParcel: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["parcelId"] },
      sk: { field: "gsi1sk", composite: ["at", "scanId"] },
    },
  },
});

/**
 * Counters per shop day, hour, bench and packer, added to in the same transaction as the scan or
 * close they count (so a replay never counts twice). One partition per day keeps the console's
 * activity a single query; each bench writes its own items, so benches never contend.
 */
export const BenchTallyEntity = defineEntity({
  model: TALLY_MODEL,
  attributes: {
    day: { type: "string", required: true, readOnly: true },
    /** "00"–"23" in the shop's time zone. */
    hour: { type: "string", required: true, readOnly: true },
    deviceId: { type: "string", required: true, readOnly: true },
    staffNo: { type: "string", required: true, readOnly: true },
    benchName: { type: "string" },
    packed: { type: "number" },
    units: { type: "number" },
    accepted: { type: "number" },
    rejected: { type: "number" },
    forced: { type: "number" },
    undone: { type: "number" },
    wrong_item: { type: "number" },
    too_many: { type: "number" },
    unknown_barcode: { type: "number" },
    unit_already_scanned: { type: "number" },
    unit_code_required: { type: "number" },
    waybill_label: { type: "number" },
    intercepted: { type: "number" },
  },
  indexes: {
    byDay: {
      pk: { field: "pk", composite: ["day"] },
      sk: { field: "sk", composite: ["hour", "deviceId", "staffNo"] },
    },
  },
});

/**
 * A carrier handover batch (交接): the parcels one courier takes, counted as they are scanned.
 * The parcel codes are a string set on the batch itself, so closing reads them with one
 * consistent get instead of an index that may lag the last scan.
 */
export const HandoverBatchEntity = defineEntity({
  model: { entity: "handoverBatch", version: "1", service: "dianwu" },
  attributes: {
    batchId: { type: "string", required: true, readOnly: true },
    carrier: { type: CARRIERS, required: true, readOnly: true },
    /** closing: the courier signed and parcels are being moved to handed over (resumable). */
    state: { type: ["open", "closing", "closed"] as const, required: true },
    count: { type: "number", required: true },
    parcelIds: { type: "set", items: "string" },
    courierName: { type: "string" },
    courierPhone: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
    createdBy: { type: "string", required: true, readOnly: true },
    deviceId: { type: "string" },
    benchName: { type: "string" },
    closedAt: { type: "string" },
    closedBy: { type: "string" },
    /** Shop day it was opened: the console lists batches by day. */
    day: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["batchId"] },
      sk: { field: "sk", composite: [] },
    },
    byDay: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["day"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "batchId"] },
    },
  },
});

/**
 * A parcel's place in a handover batch, keyed by the parcel: created on condition it does not
 * exist, which is how a parcel is never in two batches. It carries what the printed list shows.
 */
export const HandoverEntryEntity = defineEntity({
  model: { entity: "handoverEntry", version: "1", service: "dianwu" },
  attributes: {
    parcelId: { type: "string", required: true, readOnly: true },
    batchId: { type: "string", required: true, readOnly: true },
    waybill: { type: "string", required: true, readOnly: true },
    tids: { type: "list", required: true, items: { type: "string" } },
    receiverName: { type: "string", required: true },
    receiverCity: { type: "string" },
    scannedAt: { type: "string", required: true, readOnly: true },
    scannedBy: { type: "string", required: true, readOnly: true },
    handedOver: { type: "boolean", required: true },
  },
  indexes: {
    byParcel: {
      pk: { field: "pk", composite: ["parcelId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});
