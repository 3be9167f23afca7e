import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useActor } from "../../actor";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { Bus } from "../../bus";
import { isConditionFailed, transaction, TransactionCanceled } from "../../db";
import { conflict, forbidden, invalid, notFound } from "../../error";
import { newId } from "../../id";
import { Settings } from "../../settings";
import { manyById } from "../catalogue/service";
import { Events } from "../events";
import { signer } from "../signer";
import { reservations } from "../stock/reservations";
import { today } from "../time";
import { PickConfirmEntity, PickExceptionEntity, WaveEntity, WaveParcelEntity } from "./entities";
import { planWaves, shortParcels, type AllocatedParcel, type PickLine, type PlannedWave, type WaveKind } from "./rules";

export { planWaves, type AllocatedParcel, type PickLine, type PlannedWave } from "./rules";

/**
 * What the parcels area hands over: allocated parcels. The lines (SKU, bin, quantity) are read from
 * the parcel's held reservations (`Stock.reserve({ documentId: parcelId, … })`), so the wave picks
 * exactly what was reserved and from where.
 */
export const ParcelInput = z.object({
  parcelId: z.string().trim().min(1).max(64),
  orderIds: z.array(z.string().trim().min(1).max(64)).max(20).optional(),
  waybillNo: z.string().trim().min(1).max(40).optional(),
  remark: z.string().trim().max(200).optional(),
});
export const CreateInput = z.object({ parcels: z.array(ParcelInput).min(1).max(500) });

export const Summary = z.object({
  waveId: z.string(),
  kind: z.enum(["single", "multi"]),
  state: z.enum(["open", "picking", "picked", "cancelled"]),
  parcelCount: z.number(),
  lineCount: z.number(),
  pieces: z.number(),
  confirmedLines: z.number(),
  shortLines: z.number(),
  picker: z.string().optional(),
  startedAt: z.string().optional(),
  completedAt: z.string().optional(),
  createdBy: z.string(),
  createdAt: z.string(),
  day: z.string(),
});
export type Summary = z.infer<typeof Summary>;

type Plan = Pick<PlannedWave, "parcels" | "pickList">;

function summary(row: EntityItem<typeof WaveEntity>): Summary {
  const { waveId, kind, state, parcelCount, lineCount, pieces, confirmedLines, shortLines, picker, startedAt, completedAt, createdBy, createdAt, day } = row;
  return { waveId, kind, state, parcelCount, lineCount, pieces, confirmedLines, shortLines, picker, startedAt, completedAt, createdBy, createdAt, day };
}

async function mustRow(waveId: string) {
  const result = await WaveEntity.get({ waveId }).go({ consistent: true });
  if (!result.data) throw notFound("wave.not-found", `No wave ${waveId}`);
  return result.data;
}

/**
 * Makes waves from allocated parcels: single-item and multi-item apart, sorted by style and colour,
 * at most `warehouse.waveMaxParcels` each. Each wave and the claims of its parcels are one
 * transaction, so a parcel is never in two waves; parcels already in a wave or with nothing
 * reserved are reported back, not waved.
 */
export async function create(input: z.input<typeof CreateInput>) {
  const { parcels } = CreateInput.parse(input);
  const unique = [...new Map(parcels.map((p) => [p.parcelId, p])).values()];
  const skipped: { parcelId: string; reason: "in-wave" | "not-allocated"; waveId?: string }[] = [];

  const claimed = await WaveParcelEntity.get(unique.map((p) => ({ parcelId: p.parcelId }))).go({ consistent: true });
  const inWave = new Map(claimed.data.map((c) => [c.parcelId, c.waveId]));
  const allocated: AllocatedParcel[] = [];
  for (const p of unique) {
    if (inWave.has(p.parcelId)) {
      skipped.push({ parcelId: p.parcelId, reason: "in-wave", waveId: inWave.get(p.parcelId) });
      continue;
    }
    const held = (await reservations(p.parcelId)).filter((r) => r.state === "held");
    if (!held.length) skipped.push({ parcelId: p.parcelId, reason: "not-allocated" });
    else allocated.push({ ...p, lines: held.map(({ skuId, binCode, qty }) => ({ skuId, binCode, qty })) });
  }
  const skus = await manyById(allocated.flatMap((p) => p.lines.map((l) => l.skuId)));
  const { settings } = await Settings.get();
  const maxParcels = settings.warehouse.waveMaxParcels;
  const waves: Summary[] = [];
  for (const planned of planWaves(allocated, skus, { maxParcels })) {
    let wave: PlannedWave | undefined = planned;
    for (let attempt = 1; wave; attempt++) {
      const current: PlannedWave = wave;
      try {
        waves.push(await save(current));
        break;
      } catch (error) {
        if (!(error instanceof TransactionCanceled)) throw error;
        // Someone waved some of these parcels meanwhile: leave those out and plan the rest again.
        const taken = new Set(current.parcels.filter((_, i) => error.reasons[i + 1]?.code === "ConditionalCheckFailed").map((p) => p.parcelId));
        if (!taken.size && attempt >= 3) throw error;
        for (const parcelId of taken) skipped.push({ parcelId, reason: "in-wave" });
        const rest = current.parcels.filter((p) => !taken.has(p.parcelId)).map(({ slot: _slot, ...p }) => p);
        wave = planWaves(rest, skus, { maxParcels })[0];
      }
    }
  }
  return { waves, skipped };
}

async function save(wave: PlannedWave): Promise<Summary> {
  const waveId = newId();
  const who = signer();
  const now = new Date();
  const row = {
    waveId,
    kind: wave.kind,
    state: "open" as const,
    plan: JSON.stringify({ parcels: wave.parcels, pickList: wave.pickList } satisfies Plan),
    parcelCount: wave.parcels.length,
    lineCount: wave.pickList.length,
    pieces: wave.pickList.reduce((s, l) => s + l.qty, 0),
    confirmedLines: 0,
    shortLines: 0,
    createdBy: who.by,
    createdAt: now.toISOString(),
    day: await today(now),
  };
  await transaction({ WaveEntity, WaveParcelEntity, AuditEntity }, (e) => [
    e.WaveEntity.create(row).commit(),
    ...wave.parcels.map((p) => e.WaveParcelEntity.create({ parcelId: p.parcelId, waveId, slot: p.slot }).commit()),
    e.AuditEntity.create(Audit.item({ action: "wave.create", target: { type: "wave", id: waveId }, after: { kind: wave.kind, parcels: wave.parcels.map((p) => p.parcelId) } })).commit(),
  ]);
  return summary(row);
}

export async function list(input: { state: Summary["state"]; cursor?: string; limit?: number }) {
  const result = await WaveEntity.query.byState({ state: input.state }).go({ order: "desc", cursor: input.cursor ?? null, limit: input.limit ?? 50 });
  return { items: result.data.map(summary), cursor: result.cursor };
}

/** The wave a parcel is in and its slot (the packing bench shows it). */
export async function ofParcel(parcelId: string) {
  const result = await WaveParcelEntity.get({ parcelId }).go();
  return result.data ? { waveId: result.data.waveId, slot: result.data.slot } : undefined;
}

export async function get(waveId: string) {
  const row = await mustRow(waveId);
  const plan = JSON.parse(row.plan) as Plan;
  const confirmations = await PickConfirmEntity.query.byWave({ waveId }).go({ consistent: true, pages: "all" });
  const confirmed = new Map(confirmations.data.map((c) => [c.lineNo, c]));
  return {
    ...summary(row),
    parcels: plan.parcels,
    pickList: plan.pickList.map((l) => {
      const c = confirmed.get(l.lineNo);
      return { ...l, picked: c?.picked, confirmedBy: c?.signedBy, confirmedAt: c?.at };
    }),
  };
}

/** The picker takes the wave by scanning their badge (拣货员签字); only they confirm its lines. */
export async function start(waveId: string) {
  const who = signer();
  if (!who.staffNo) throw forbidden("wave.badge", "A wave is taken by a picker's badge");
  const row = await mustRow(waveId);
  if (row.state === "picking" && row.picker === who.staffNo) return summary(row);
  const now = new Date().toISOString();
  try {
    await transaction({ WaveEntity, AuditEntity }, (e) => [
      e.WaveEntity.patch({ waveId }).set({ state: "picking", picker: who.staffNo!, startedAt: now }).where((a, op) => op.eq(a.state, "open")).commit(),
      e.AuditEntity.create(Audit.item({ action: "wave.start", target: { type: "wave", id: waveId } })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("wave.taken", `Wave ${waveId} is ${row.state}${row.picker ? ` (picker ${row.picker})` : ""}`);
    throw error;
  }
  return summary(await mustRow(waveId));
}

function assertPicker(row: EntityItem<typeof WaveEntity>) {
  const actor = useActor();
  const supervisor = actor.type === "staff" && actor.roles.includes("warehouse_supervisor");
  if (row.state !== "picking") throw conflict("wave.not-picking", `Wave ${row.waveId} is ${row.state}`);
  if (!supervisor && (actor.type !== "staff" || actor.staffNo !== row.picker)) throw forbidden("wave.not-your-wave", `Wave ${row.waveId} is picked by ${row.picker}`);
}

/**
 * Confirms one pick-list line with the count actually picked (never more than the list says:
 * strictly by the pick list). Less is a short pick: an exception customer service sees, with the
 * parcels left short, and a `warehouse.short-pick` event.
 */
export async function confirm(waveId: string, lineNo: number, picked: number) {
  const row = await mustRow(waveId);
  assertPicker(row);
  const line = (JSON.parse(row.plan) as Plan).pickList.find((l) => l.lineNo === lineNo);
  if (!line) throw notFound("wave.line-not-found", `Wave ${waveId} has no line ${lineNo}`);
  if (!Number.isInteger(picked) || picked < 0 || picked > line.qty) throw invalid("picked", "wave.picked-range", `Pick 0 to ${line.qty} of line ${lineNo}`);
  const who = signer();
  const at = new Date().toISOString();
  const short = picked < line.qty ? { exceptionId: newId(), parcels: shortParcels(line.parcels, picked) } : undefined;
  try {
    await transaction({ WaveEntity, PickConfirmEntity, PickExceptionEntity, AuditEntity }, (e) => [
      e.PickConfirmEntity.create({ waveId, lineNo, wanted: line.qty, picked, signedBy: who.by, deviceId: who.deviceId, at }).commit(),
      e.WaveEntity.patch({ waveId }).add({ confirmedLines: 1, shortLines: short ? 1 : 0 }).where((a, op) => op.eq(a.state, "picking")).commit(),
      ...(short
        ? [
            e.PickExceptionEntity.create({
              exceptionId: short.exceptionId, waveId, lineNo, skuId: line.skuId, binCode: line.binCode, wanted: line.qty, picked,
              parcels: JSON.stringify(short.parcels), state: "open", reportedBy: who.by, createdAt: at,
            }).commit(),
          ]
        : []),
      e.AuditEntity.create(Audit.item({ action: "wave.confirm", target: { type: "wave", id: waveId }, after: { lineNo, wanted: line.qty, picked } })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("wave.line-confirmed", `Line ${lineNo} of wave ${waveId} was already confirmed`);
    throw error;
  }
  if (short) {
    await Bus.publish(
      Events.ShortPick.create({ exceptionId: short.exceptionId, waveId, lineNo, skuId: line.skuId, binCode: line.binCode, wanted: line.qty, picked, parcels: short.parcels }),
    );
  }
  return { lineNo, wanted: line.qty, picked, short: short ? line.qty - picked : 0, exceptionId: short?.exceptionId };
}

/** The picker signs the finished wave once every line is confirmed. */
export async function complete(waveId: string) {
  const row = await mustRow(waveId);
  assertPicker(row);
  if (row.confirmedLines < row.lineCount) throw conflict("wave.lines-open", `${row.lineCount - row.confirmedLines} lines of wave ${waveId} are not confirmed`);
  const now = new Date().toISOString();
  try {
    await transaction({ WaveEntity, AuditEntity }, (e) => [
      e.WaveEntity.patch({ waveId }).set({ state: "picked", completedAt: now }).where((a, op) => `${op.eq(a.state, "picking")} AND ${op.eq(a.confirmedLines, row.lineCount)}`).commit(),
      e.AuditEntity.create(Audit.item({ action: "wave.complete", target: { type: "wave", id: waveId }, note: `${row.shortLines} short` })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("wave.changed", `Wave ${waveId} changed meanwhile`);
    throw error;
  }
  return summary(await mustRow(waveId));
}

/** A supervisor withdraws a wave nobody took yet; its parcels can be waved again. */
export async function cancel(waveId: string) {
  const row = await mustRow(waveId);
  const plan = JSON.parse(row.plan) as Plan;
  try {
    await transaction({ WaveEntity, AuditEntity }, (e) => [
      e.WaveEntity.patch({ waveId }).set({ state: "cancelled" }).where((a, op) => op.eq(a.state, "open")).commit(),
      e.AuditEntity.create(Audit.item({ action: "wave.cancel", target: { type: "wave", id: waveId } })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("wave.taken", `Wave ${waveId} is ${row.state}; only a wave nobody took can be withdrawn`);
    throw error;
  }
  await WaveParcelEntity.delete(plan.parcels.map((p) => ({ parcelId: p.parcelId }))).go();
  return summary(await mustRow(waveId));
}

/** The printable pick list (拣货单): header, a barcode of the wave, lines grouped by style and colour. */
export async function pickList(waveId: string) {
  const wave = await get(waveId);
  const skus = await manyById(wave.pickList.map((l) => l.skuId));
  const groups: { styleCode: string; colour: string; lines: (PickLine & { name: string; picked?: number })[] }[] = [];
  for (const line of wave.pickList) {
    const last = groups.at(-1);
    const withName = { ...line, name: skus.get(line.skuId)?.name ?? "" };
    if (last && last.styleCode === line.styleCode && last.colour === line.colour) last.lines.push(withName);
    else groups.push({ styleCode: line.styleCode, colour: line.colour, lines: [withName] });
  }
  const { parcels: _parcels, pickList: _lines, ...header } = wave;
  return { ...header, barcode: { value: waveId, symbology: "CODE128" as const }, groups };
}

/**
 * Outbound slips (出库单), one per parcel in slot order: one copy goes into the parcel, one to the
 * supervisor with the pick list (RULES.md §4).
 */
export async function slips(waveId: string) {
  const wave = await get(waveId);
  const skus = await manyById(wave.parcels.flatMap((p) => p.lines.map((l) => l.skuId)));
  return {
    waveId,
    kind: wave.kind as WaveKind,
    slips: wave.parcels.map((p) => ({
      slipNo: `${waveId}-${String(p.slot).padStart(3, "0")}`,
      slot: p.slot,
      parcelId: p.parcelId,
      barcode: { value: p.parcelId, symbology: "CODE128" as const },
      waybillNo: p.waybillNo,
      orderIds: p.orderIds ?? [],
      remark: p.remark,
      lines: p.lines.map((l) => {
        const sku = skus.get(l.skuId);
        return { skuId: l.skuId, binCode: l.binCode, qty: l.qty, styleCode: sku?.styleCode ?? "", colour: sku?.colour ?? "", size: sku?.size ?? "", name: sku?.name ?? "" };
      }),
      pieces: p.lines.reduce((s, l) => s + l.qty, 0),
    })),
  };
}

export const Exception = z.object({
  exceptionId: z.string(),
  waveId: z.string(),
  lineNo: z.number(),
  skuId: z.string(),
  binCode: z.string(),
  wanted: z.number(),
  picked: z.number(),
  parcels: z.array(z.object({ parcelId: z.string(), short: z.number() })),
  state: z.enum(["open", "resolved"]),
  reportedBy: z.string(),
  createdAt: z.string(),
  resolvedBy: z.string().optional(),
  resolvedAt: z.string().optional(),
  resolution: z.string().optional(),
});

const presentException = (row: EntityItem<typeof PickExceptionEntity>): z.infer<typeof Exception> => {
  const { exceptionId, waveId, lineNo, skuId, binCode, wanted, picked, state, reportedBy, createdAt, resolvedBy, resolvedAt, resolution } = row;
  return { exceptionId, waveId, lineNo, skuId, binCode, wanted, picked, state, reportedBy, createdAt, resolvedBy, resolvedAt, resolution, parcels: JSON.parse(row.parcels) };
};

/** Short picks for customer service, newest first. */
export async function exceptions(input: { state: "open" | "resolved"; cursor?: string; limit?: number }) {
  const result = await PickExceptionEntity.query.byState({ state: input.state }).go({ order: "desc", cursor: input.cursor ?? null, limit: input.limit ?? 50 });
  return { items: result.data.map(presentException), cursor: result.cursor };
}

/** Customer service closes a short pick with what was agreed (wait for stock, refund, substitute…). */
export async function resolveException(exceptionId: string, resolution: string) {
  const who = signer();
  const now = new Date().toISOString();
  try {
    await transaction({ PickExceptionEntity, AuditEntity }, (e) => [
      e.PickExceptionEntity.patch({ exceptionId }).set({ state: "resolved", resolvedBy: who.by, resolvedAt: now, resolution }).where((a, op) => op.eq(a.state, "open")).commit(),
      e.AuditEntity.create(Audit.item({ action: "wave.short-pick-resolved", target: { type: "pick-exception", id: exceptionId }, note: resolution })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("wave.exception-resolved", `Exception ${exceptionId} is unknown or already resolved`);
    throw error;
  }
  const row = await PickExceptionEntity.get({ exceptionId }).go({ consistent: true });
  return presentException(row.data!);
}
