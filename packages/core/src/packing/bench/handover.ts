import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useActor, useDevice } from "../../actor";
import { Audit } from "../../audit";
import { Bus } from "../../bus";
import { isConditionFailed } from "../../db";
import { conflict, invalid, locked, notFound, VisibleError } from "../../error";
import { newId } from "../../id";
import { retryOnConflict } from "../retry";
import { CARRIER_NAMES, carrierFromName } from "../rules/waybill";
import { byWaybill, fromId, moveItems } from "../service";
import { loadMany, PARCEL_ID, type Info as ParcelInfo } from "../store";
import { benchSettings, benchTime } from "./clock";
import { useBench } from "./context";
import { HandoverBatchEntity, HandoverEntryEntity } from "./entities";
import { Events } from "./events";
import { logNow } from "./log";
import { nothingHere } from "./problems";
import { interceptInfo } from "./rules";
import { ScanId } from "./inputs";
import { commitBench, failedAt, type Item } from "./tx";

type BatchRow = EntityItem<typeof HandoverBatchEntity>;
type EntryRow = EntityItem<typeof HandoverEntryEntity>;

export interface Batch {
  batchId: string;
  carrier: BatchRow["carrier"];
  carrierName: string;
  state: BatchRow["state"];
  count: number;
  courierName: string | null;
  courierPhone: string | null;
  createdAt: string;
  createdBy: string;
  benchName: string | null;
  closedAt: string | null;
  closedBy: string | null;
  day: string;
}

export interface BatchParcel {
  parcelId: string;
  waybill: string;
  tids: string[];
  receiverName: string;
  receiverCity: string | null;
  scannedAt: string;
  scannedBy: string;
  handedOver: boolean;
}

export type BatchDetail = Batch & { parcels: BatchParcel[] };

function present(row: BatchRow): Batch {
  return {
    batchId: row.batchId,
    carrier: row.carrier,
    carrierName: CARRIER_NAMES[row.carrier],
    state: row.state,
    count: row.count,
    courierName: row.courierName ?? null,
    courierPhone: row.courierPhone ?? null,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    benchName: row.benchName ?? null,
    closedAt: row.closedAt ?? null,
    closedBy: row.closedBy ?? null,
    day: row.day,
  };
}

function presentEntry(row: EntryRow): BatchParcel {
  return {
    parcelId: row.parcelId,
    waybill: row.waybill,
    tids: row.tids,
    receiverName: row.receiverName,
    receiverCity: row.receiverCity ?? null,
    scannedAt: row.scannedAt,
    scannedBy: row.scannedBy,
    handedOver: row.handedOver,
  };
}

async function mustRow(batchId: string): Promise<BatchRow> {
  const result = await HandoverBatchEntity.get({ batchId }).go({ consistent: true });
  if (!result.data) throw notFound("handover.not-found", `No handover batch ${batchId}`);
  return result.data;
}

const Courier = z.string().trim().min(1).max(40);
const Phone = z.string().trim().regex(/^[0-9+\- ]{5,20}$/, "a phone number");

export const CreateInput = z.object({
  /** A carrier code (SF, ZTO…) or name (顺丰, 中通快递…). */
  carrier: z.string().trim().min(1).max(40),
  courierName: Courier.optional(),
});

/** Opens a batch for one carrier's courier: parcels are scanned into it, then it is closed on handover. */
export async function create(input: z.input<typeof CreateInput>): Promise<Batch> {
  const fields = CreateInput.parse(input);
  const carrier = carrierFromName(fields.carrier);
  if (!carrier) throw invalid("carrier", "waybill.unknown-carrier", `Unknown carrier "${fields.carrier}"; known: ${Object.values(CARRIER_NAMES).join(", ")}`);
  const actor = useActor();
  const device = useDevice(actor);
  const when = await benchTime();
  const row: BatchRow = {
    batchId: newId(),
    carrier,
    state: "open",
    count: 0,
    courierName: fields.courierName,
    createdAt: when.at,
    createdBy: actor.type === "staff" ? actor.staffNo : "-",
    deviceId: device?.id,
    benchName: device?.name,
    day: when.day,
  };
  await commitBench((tx) => [
    tx.HandoverBatchEntity.create(row).commit(),
    tx.AuditEntity.create(Audit.item({ action: "handover.open", target: { type: "handover", id: row.batchId }, after: { carrier, courierName: fields.courierName } })).commit(),
  ]);
  return present(row);
}

/** Batches opened on a shop day (default today), newest first. */
export async function ofDay(day?: string): Promise<Batch[]> {
  const result = await HandoverBatchEntity.query.byDay({ day: day ?? (await benchTime()).day }).go({ order: "desc", pages: "all" });
  return result.data.map(present);
}

/** Batches not yet closed: today's and yesterday's (a batch rarely stays open across a night). */
export async function open(): Promise<Batch[]> {
  const today = (await benchTime()).day;
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const batches = [...(await ofDay(today)), ...(await ofDay(yesterday))];
  return batches.filter((b) => b.state !== "closed");
}

/** A batch with its parcels in scan order: the printable handover list (交接单). */
export async function detail(batchId: string): Promise<BatchDetail> {
  const row = await mustRow(batchId);
  const ids = [...(row.parcelIds ?? [])];
  const entries = ids.length ? (await HandoverEntryEntity.get(ids.map((parcelId) => ({ parcelId }))).go({ consistent: true })).data : [];
  const parcels = entries.filter((e) => e.batchId === batchId).map(presentEntry).sort((a, b) => a.scannedAt.localeCompare(b.scannedAt) || a.parcelId.localeCompare(b.parcelId));
  return { ...present(row), parcels };
}

export const ScanInput = z.object({
  /** The parcel's waybill label (usual) or its parcel code. */
  code: z.string().trim().min(1).max(64),
  scanId: ScanId.optional(),
});

async function parcelFor(code: string): Promise<ParcelInfo> {
  const upper = code.toUpperCase();
  if (PARCEL_ID.test(upper)) {
    const parcel = await fromId(upper);
    if (!parcel) throw nothingHere(code);
    return parcel;
  }
  try {
    return await byWaybill(code);
  } catch (error) {
    if (error instanceof VisibleError && error.code === "waybill.not-found") throw nothingHere(code);
    throw error;
  }
}

export interface ScanResult {
  outcome: "added" | "already_in_batch";
  parcel: BatchParcel;
  count: number;
}

/**
 * Scans a parcel into a batch: only packed, not intercepted parcels of the batch's carrier. The
 * parcel's entry is created on condition it does not exist (a parcel is never in two batches)
 * together with the batch's count, on condition the batch is still open.
 */
export async function scanIn(batchId: string, input: z.input<typeof ScanInput>): Promise<ScanResult> {
  const fields = ScanInput.parse(input);
  const bench = useBench();
  const log = async (parcelId: string, outcome: string, accepted: boolean) => {
    if (fields.scanId) await logNow(bench, { kind: "handover", scanId: fields.scanId, parcelId, code: fields.code, outcome, accepted }, await benchTime());
  };
  let parcelId = "-";
  try {
    const result = await retryOnConflict(async () => {
      const batch = await mustRow(batchId);
      if (batch.state !== "open") throw conflict("handover.batch-closed", `Handover batch ${batchId} is ${batch.state}`, { batchId });
      const parcel = await parcelFor(fields.code);
      parcelId = parcel.parcelId;
      const existing = (await HandoverEntryEntity.get({ parcelId: parcel.parcelId }).go({ consistent: true })).data;
      if (existing?.batchId === batchId) return { outcome: "already_in_batch" as const, parcel: presentEntry(existing), count: batch.count };
      if (parcel.intercepted) {
        const { interceptShelf } = await benchSettings();
        throw locked("parcel.intercepted", `Parcel ${parcel.parcelId} is intercepted: it must not be handed over; put it on ${interceptShelf}`, {
          parcelId: parcel.parcelId,
          intercept: interceptInfo(parcel, interceptShelf),
        });
      }
      if (existing) throw conflict("handover.in-other-batch", `Parcel ${parcel.parcelId} is already in handover batch ${existing.batchId}`, { parcelId: parcel.parcelId, batchId: existing.batchId });
      if (parcel.state !== "packed") throw conflict("handover.not-packed", `Parcel ${parcel.parcelId} is ${parcel.state}, not packed`, { parcelId: parcel.parcelId, state: parcel.state });
      if (parcel.waybill?.carrier !== batch.carrier) {
        throw conflict("handover.wrong-carrier", `Parcel ${parcel.parcelId} goes with ${parcel.waybill?.carrier ?? "no carrier"}, this batch is ${batch.carrier}`, {
          parcelId: parcel.parcelId,
          carrier: parcel.waybill?.carrier,
        });
      }
      const entry: EntryRow = {
        parcelId: parcel.parcelId,
        batchId,
        waybill: parcel.waybill.number,
        tids: parcel.tids,
        receiverName: parcel.receiver.name,
        receiverCity: parcel.receiver.city,
        scannedAt: new Date().toISOString(),
        scannedBy: bench.staffNo,
        handedOver: false,
      };
      await commitBench((tx) => [
        tx.HandoverEntryEntity.create(entry).commit(),
        tx.HandoverBatchEntity.patch({ batchId })
          .add({ count: 1, parcelIds: [parcel.parcelId] })
          .where((a, op) => op.eq(a.state, "open"))
          .commit(),
      ]);
      return { outcome: "added" as const, parcel: presentEntry(entry), count: batch.count + 1 };
    });
    await log(parcelId, result.outcome, true);
    return result;
  } catch (error) {
    if (error instanceof VisibleError && error.kind !== "unavailable") await log(parcelId, error.code, false);
    throw error;
  }
}

/** Takes a parcel scanned in by mistake (or intercepted since) out of a batch not yet closed. */
export async function remove(batchId: string, parcelId: string): Promise<BatchDetail> {
  const entry = (await HandoverEntryEntity.get({ parcelId }).go({ consistent: true })).data;
  if (!entry || entry.batchId !== batchId) throw notFound("handover.not-in-batch", `Parcel ${parcelId} is not in handover batch ${batchId}`);
  if (entry.handedOver) throw conflict("handover.handed-over", `Parcel ${parcelId} was already handed over`, { parcelId });
  try {
    await commitBench((tx) => [
      tx.HandoverEntryEntity.delete({ parcelId }).where((a, op) => `${op.eq(a.batchId, batchId)} AND ${op.eq(a.handedOver, false)}`).commit(),
      tx.HandoverBatchEntity.patch({ batchId })
        .add({ count: -1 })
        .delete({ parcelIds: [parcelId] })
        .where((a, op) => `${op.ne(a.state, "closed")} AND ${op.contains(a.parcelIds, parcelId)}`)
        .commit(),
      tx.AuditEntity.create(Audit.item({ action: "handover.remove", target: { type: "handover", id: batchId }, before: { parcelId } })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("handover.batch-closed", `Handover batch ${batchId} was closed meanwhile`, { batchId });
    throw error;
  }
  return detail(batchId);
}

export const CloseInput = z.object({ courierName: Courier, courierPhone: Phone.optional() });

/**
 * The courier signs for the batch: every parcel moves to handed over (each in its own transaction
 * with its entry: a batch can hold more parcels than one transaction), then the batch is closed.
 * The batch is marked closing first, so a close interrupted midway is finished by closing again.
 * A parcel intercepted after it was scanned in stops the close until it is taken out.
 */
export async function close(batchId: string, input: z.input<typeof CloseInput>): Promise<BatchDetail> {
  const fields = CloseInput.parse(input);
  const actor = useActor();
  const closedBy = actor.type === "staff" ? actor.staffNo : "-";
  let batch = await mustRow(batchId);
  if (batch.state === "closed") return detail(batchId);
  const ids = [...(batch.parcelIds ?? [])];
  if (ids.length === 0) throw conflict("handover.empty", `Handover batch ${batchId} has no parcels`, { batchId });
  const stopped = (await loadMany(ids)).filter((p) => p.intercepted && p.state !== "handed_over");
  if (stopped.length) {
    throw locked("handover.intercepted", `${stopped.length} parcel(s) were intercepted after they were scanned in: take them out first`, {
      batchId,
      parcels: stopped.map((p) => p.parcelId),
    });
  }
  if (batch.state === "open") {
    try {
      await commitBench((tx) => [
        tx.HandoverBatchEntity.patch({ batchId })
          .set({ state: "closing", courierName: fields.courierName, courierPhone: fields.courierPhone, closedBy })
          .where((a, op) => op.eq(a.state, "open"))
          .commit(),
        tx.AuditEntity.create(Audit.item({ action: "handover.close", target: { type: "handover", id: batchId }, after: { ...fields, count: ids.length } })).commit(),
      ]);
    } catch (error) {
      if (!failedAt(error, 0)) throw error;
    }
    batch = await mustRow(batchId);
    if (batch.state === "closed") return detail(batchId);
  }
  const handed: ParcelInfo[] = [];
  for (const parcelId of batch.parcelIds ?? []) {
    const moved = await handOver(parcelId);
    if (moved) handed.push(moved);
  }
  const when = await benchTime();
  try {
    await HandoverBatchEntity.patch({ batchId }).set({ state: "closed", closedAt: when.at }).where((a, op) => op.eq(a.state, "closing")).go();
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
  const closed = await detail(batchId);
  await Bus.publish(
    Events.HandoverClosed.create({
      batchId,
      carrier: batch.carrier,
      courierName: closed.courierName ?? fields.courierName,
      parcels: closed.parcels.map((p) => ({ parcelId: p.parcelId, tids: p.tids, waybill: p.waybill })),
      at: closed.closedAt ?? when.at,
    }),
  );
  return closed;
}

/** One parcel to handed over with its entry; undefined when it already was. */
async function handOver(parcelId: string): Promise<ParcelInfo | undefined> {
  const result = await retryOnConflict(async () => {
    const parcel = await fromId(parcelId);
    if (!parcel) throw notFound("parcel.not-found", `No parcel ${parcelId}`);
    if (parcel.state === "handed_over") {
      await HandoverEntryEntity.patch({ parcelId }).set({ handedOver: true }).go();
      return undefined;
    }
    const move = moveItems(parcel, "handed_over", { note: "handed to the courier" });
    await commitBench((tx) => [...(move.items.map((write) => write(tx)) as Item[]), tx.HandoverEntryEntity.patch({ parcelId }).set({ handedOver: true }).commit()]);
    return move;
  });
  if (!result) return undefined;
  await Bus.publish(result.event);
  return result.next;
}
