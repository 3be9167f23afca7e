import * as z from "zod";
import { Bus } from "../../bus";
import { conflict, locked, unavailable, VisibleError } from "../../error";
import * as Stock from "../../warehouse/stock/service";
import { byWaybill, fromId, moveItems } from "../service";
import type { Info as ParcelInfo } from "../store";
import { benchSettings, benchTime } from "./clock";
import { useBench, type BenchActor } from "./context";
import { Events } from "./events";
import { keyed } from "./keyed";
import { answer, logItem, replayOf, tallyItem } from "./log";
import { isMine, notMine } from "./problems";
import { interceptInfo, stockMismatch } from "./rules";
import { KeyInput } from "./inputs";
import { slipOf, type Slip } from "./slip";
import { loadSession, stillMine, type Closed, type Session } from "./store";
import { backoff, commitBench, failedAt, lostRace, type Item } from "./tx";
import { isComplete, labelKey, missingLines } from "./verify";

export const CloseInput = KeyInput.extend({ label: z.string().trim().min(1).max(64) });

export interface CloseResult {
  scanId: string;
  replayed: boolean;
  parcelId: string;
  state: "packed";
  packedAt: string;
  slip: Slip;
}

/**
 * The label scanned must be this parcel's current one. Anything else is named: another parcel's
 * label (swapped labels), this parcel's old label (reprinted since), or no label at all.
 */
async function assertLabel(parcel: ParcelInfo, label: string) {
  if (!parcel.waybill) throw conflict("parcel.no-waybill", `Parcel ${parcel.parcelId} has no waybill label yet`, { parcelId: parcel.parcelId });
  if (labelKey(label) === labelKey(parcel.waybill.number)) return;
  let owner: string;
  try {
    owner = (await byWaybill(label)).parcelId;
  } catch (error) {
    if (!(error instanceof VisibleError)) throw error;
    if (error.code === "waybill.void" && error.extra?.parcelId === parcel.parcelId) throw error;
    if (error.code === "waybill.void") owner = String(error.extra?.parcelId);
    else throw conflict("bench.label-unknown", `${label} is not a waybill label of any parcel`, { label });
  }
  throw conflict("bench.label-swapped", `This label belongs to parcel ${owner}, not to ${parcel.parcelId}: the labels were swapped`, {
    parcelId: parcel.parcelId,
    labelParcelId: owner,
  });
}

/** Everything that must hold before stock leaves: complete (or forced), not intercepted, the right label. */
async function assertClosable(session: Session, parcel: ParcelInfo | undefined, label: string): Promise<ParcelInfo> {
  if (!parcel) throw conflict("bench.not-open", `Parcel ${session.parcelId} no longer exists`, { parcelId: session.parcelId });
  if (parcel.intercepted) {
    const { interceptShelf } = await benchSettings();
    throw locked("parcel.intercepted", `Parcel ${parcel.parcelId} is intercepted: do not send it, put it on ${interceptShelf}`, {
      parcelId: parcel.parcelId,
      intercept: interceptInfo(parcel, interceptShelf),
    });
  }
  if (!session.forced && !isComplete(session.manifest, session.progress)) {
    const missing = missingLines(session.manifest, session.progress).map((m) => ({ line: m.line, missing: m.remaining }));
    throw conflict("bench.incomplete", `Parcel ${parcel.parcelId} is not complete`, { parcelId: parcel.parcelId, missing });
  }
  await assertLabel(parcel, label);
  return parcel;
}

const ATTEMPTS = 30;

/**
 * Closes the parcel: one DynamoDB transaction holding the key's log entry, the session closed,
 * the hour's counters, the stock issue of everything reserved for the parcel (balance, stock card
 * line signed by the packer, reservation issued — the warehouse's items) and the parcel moved to
 * packed with its waybill copy and audit entry. Lost stock races are retried on fresh balances,
 * so concurrent closes sharing a SKU serialise on its card and never overdraw it.
 */
export async function close(parcelId: string, input: z.input<typeof CloseInput>): Promise<CloseResult> {
  const fields = CloseInput.parse(input);
  const bench = useBench();
  const base = { kind: "close" as const, scanId: fields.scanId, parcelId, code: fields.label, scannedAt: fields.scannedAt, offline: fields.offline };
  return keyed(bench, base, async () => {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const [session, found] = await Promise.all([loadSession(parcelId), fromId(parcelId)]);
      if (!isMine(session, bench)) {
        const earlier = await replayOf(bench, fields.scanId);
        if (earlier) return answer<CloseResult>(earlier);
        throw notMine(parcelId, session, (await benchSettings()).takeoverMinutes);
      }
      const parcel = await assertClosable(session, found, fields.label);
      const when = await benchTime();
      const move = moveItems(parcel, "packed", { now: when.at, note: noteOf(session, bench, fields.label) });
      const stock = await Stock.issueItems(parcelId);
      const issued = stock.lines.map((l) => ({ skuId: l.skuId, binCode: l.binCode, qty: -l.qty }));
      const mismatch = stockMismatch(session.manifest, issued);
      if (mismatch) {
        throw conflict("bench.stock-mismatch", `What is reserved for parcel ${parcelId} is not what it holds; a supervisor must correct the allocation`, { parcelId, ...mismatch });
      }
      const { shopName } = await benchSettings();
      const slip = slipOf({
        shopName,
        manifest: session.manifest,
        receiver: parcel.receiver,
        issued,
        packedAt: when.at,
        packedBy: bench.staffNo,
        bench: { id: bench.deviceId, name: bench.benchName },
        forced: session.forced ? { staffNo: session.forced.staffNo, reason: session.forced.reason } : undefined,
      });
      const closed: Closed = { packedAt: when.at, packedBy: bench.staffNo, label: fields.label, slip };
      const result: CloseResult = { scanId: fields.scanId, replayed: false, parcelId, state: "packed", packedAt: when.at, slip };
      const ours = 3;
      try {
        await commitBench((tx) => [
          logItem(bench, { ...base, outcome: "packed", accepted: true, stored: { ok: result } }, when),
          stillMine(session, bench, { state: "closed", closed: JSON.stringify(closed), touchedAt: when.at }),
          tallyItem(bench, when, { packed: 1, units: session.manifest.totalUnits }),
          ...(stock.items as Item[]),
          ...(move.items.map((write) => write(tx)) as Item[]),
        ]);
      } catch (error) {
        if (failedAt(error, 0)) {
          const earlier = await replayOf(bench, fields.scanId);
          if (earlier) return answer<CloseResult>(earlier);
        }
        if (!stock.lostRace(error, ours) && !lostRace(error)) throw error;
        await backoff(attempt);
        continue;
      }
      await stock.afterCommit();
      await Bus.publish(
        move.event,
        Events.Packed.create({
          parcelId,
          tids: parcel.tids,
          deviceId: bench.deviceId,
          benchName: bench.benchName,
          staffNo: bench.staffNo,
          waybill: { number: parcel.waybill!.number, carrier: parcel.waybill!.carrier },
          units: session.manifest.totalUnits,
          forced: !!session.forced,
          at: when.at,
        }),
      );
      return result;
    }
    throw unavailable("stock.busy", "The parcel's stock is being changed by many benches at once; scan the label again");
  });
}

function noteOf(session: Session, bench: BenchActor, label: string) {
  const forced = session.forced ? `; force-completed by ${session.forced.staffNo}: ${session.forced.reason}` : "";
  return `packed at ${bench.benchName} by ${bench.staffNo}, label ${label}${forced}`;
}

/** The outbound slip of a packed parcel, to print again. */
export async function slip(parcelId: string): Promise<Slip> {
  const session = await loadSession(parcelId);
  if (!session?.closed) throw conflict("bench.not-packed", `Parcel ${parcelId} has not been closed at a bench`, { parcelId });
  return session.closed.slip;
}
