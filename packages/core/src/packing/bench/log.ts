import { isConditionFailed } from "../../dynamo/errors";
import { createOnly, updateOf } from "../../dynamo/expressions";
import { markers } from "../../dynamo/keys";
import { getItem, putItem, updateItem, type TransactItem } from "../../dynamo/table";
import { VisibleError, type ErrorKind } from "../../error";
import type { BenchActor } from "./context";
import type { ScanKind } from "./entities";
import { SCAN_MODEL, scanByParcel, scanKey, TALLY_MODEL, tallyKey } from "./keys";
import type { Outcome } from "./verify";

/*
 * The scan log and the activity counters are written directly (no ElectroDB): every scan writes
 * both, on the hot path. The items are the same ElectroDB reads (BenchScanEntity, BenchTallyEntity).
 */

/** The first answer given to a key: a result, or the error it was refused with. */
export type Stored = { ok: unknown } | { error: { kind: ErrorKind; code: string; message: string; field?: string; extra?: Record<string, unknown> } };

export interface ScanRecord {
  kind: ScanKind;
  scanId: string;
  parcelId: string;
  code?: string;
  outcome: string;
  accepted: boolean;
  line?: number;
  scannedAt?: string;
  offline?: boolean;
  /** The answer, stored so that the same key sent again gets it back. */
  stored?: Stored;
}

export interface When {
  at: string;
  day: string;
  hour: string;
}

function row(bench: BenchActor, record: ScanRecord, when: When) {
  return {
    ...scanKey(bench.deviceId, record.scanId),
    ...scanByParcel(record.parcelId, when.at, record.scanId),
    ...markers(SCAN_MODEL),
    deviceId: bench.deviceId,
    scanId: record.scanId,
    kind: record.kind,
    parcelId: record.parcelId,
    code: record.code,
    outcome: record.outcome,
    accepted: record.accepted,
    line: record.line,
    staffNo: bench.staffNo,
    benchName: bench.benchName,
    at: when.at,
    scannedAt: record.scannedAt,
    offline: record.offline,
    response: record.stored === undefined ? undefined : JSON.stringify(record.stored),
  };
}

/** The scan's log entry, created only if its key is new: the transaction's idempotency guard. */
export function logItem(bench: BenchActor, record: ScanRecord, when: When): TransactItem {
  return { Put: createOnly(row(bench, record, when)) };
}

/** Logs a scan outside a transaction (opens, refusals, handover scans); a repeated key keeps its first entry. */
export async function logNow(bench: BenchActor, record: ScanRecord, when: When) {
  try {
    await putItem(createOnly(row(bench, record, when)));
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

export function storedError(error: VisibleError): Stored {
  return { error: { kind: error.kind, code: error.code, message: error.message, field: error.field, extra: error.extra } };
}

/** The first answer given to this key at this bench, if it was answered. */
export async function replayOf(bench: BenchActor, scanId: string): Promise<Stored | undefined> {
  const found = await getItem(scanKey(bench.deviceId, scanId), { attributes: ["response", "__edb_e__"] });
  return found?.__edb_e__ === SCAN_MODEL.entity && typeof found.response === "string" ? (JSON.parse(found.response) as Stored) : undefined;
}

/** Gives the stored answer again: the result marked as a replay, or the same refusal. */
export function answer<T>(stored: Stored): T {
  if ("error" in stored) {
    const e = stored.error;
    throw new VisibleError(e.kind, e.code, e.message, e.field, e.extra);
  }
  return { ...(stored.ok as object), replayed: true } as T;
}

export type Counter = "packed" | "units" | "accepted" | "rejected" | "forced" | "undone" | Exclude<Outcome, "correct">;

function tallyUpdate(bench: BenchActor, when: When, counts: Partial<Record<Counter, number>>) {
  const key = { day: when.day, hour: when.hour, deviceId: bench.deviceId, staffNo: bench.staffNo };
  return { Key: tallyKey(key), ...updateOf({ ...markers(TALLY_MODEL), ...key, benchName: bench.benchName }, counts as Record<string, number>) };
}

/** Adds to this bench's and packer's counters of the hour (created on first use). */
export function tallyItem(bench: BenchActor, when: When, counts: Partial<Record<Counter, number>>): TransactItem {
  return { Update: tallyUpdate(bench, when, counts) };
}

/** The same, on its own (a refused open is counted but is no part of any transaction). */
export async function tallyNow(bench: BenchActor, when: When, counts: Partial<Record<Counter, number>>) {
  await updateItem(tallyUpdate(bench, when, counts));
}
