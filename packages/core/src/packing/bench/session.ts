import * as z from "zod";
import { Audit } from "../../audit";
import { Bus } from "../../bus";
import { conflict, locked, VisibleError } from "../../error";
import { byOrder, byWaybill, fromId, moveItems } from "../service";
import { PARCEL_ID, type Info as ParcelInfo } from "../store";
import { benchSettings, benchTime } from "./clock";
import { useBench, type BenchActor } from "./context";
import { keyed } from "./keyed";
import { answer, logItem, logNow, replayOf, tallyNow, type ScanRecord } from "./log";
import { loadManifest } from "./manifest";
import { busy, isMine, nothingHere, notMine } from "./problems";
import { claimDecision, interceptInfo } from "./rules";
import { loadSession, stillMine, toRow, type Session } from "./store";
import { backoff, commitBench, failedAt, lostRace, type Item } from "./tx";
import { emptyProgress, type BenchManifest } from "./verify";
import { KeyInput, OpenInput } from "./inputs";
import { viewOf, type BenchView } from "./view";

/** Parcel code, then waybill label, then order number: the first that names a parcel. */
async function resolveParcel(code: string): Promise<ParcelInfo> {
  const upper = code.toUpperCase();
  if (PARCEL_ID.test(upper)) {
    const parcel = await fromId(upper);
    if (parcel) return parcel;
    throw nothingHere(code);
  }
  try {
    return await byWaybill(code);
  } catch (error) {
    if (!(error instanceof VisibleError && error.code === "waybill.not-found")) throw error;
  }
  if (!/^\d{1,40}$/.test(code)) throw nothingHere(code);
  const parcels = await byOrder(code);
  if (parcels.length === 0) throw nothingHere(code);
  const packable = parcels.filter((p) => p.state === "allocated" || p.state === "picking");
  if (packable.length === 1) return packable[0]!;
  if (packable.length > 1) {
    throw conflict("bench.ambiguous-order", `Order ${code} is in ${packable.length} parcels; scan the parcel code or its label`, {
      parcels: packable.map((p) => ({ parcelId: p.parcelId, state: p.state, waybill: p.waybill?.number })),
    });
  }
  // None can be packed: answer for the one that says most (not cancelled, if any), to name why.
  return parcels.find((p) => p.state !== "cancelled") ?? parcels[0]!;
}

/** Why a parcel cannot be packed at all, with the red screen for an intercepted one. */
async function assertPackable(parcel: ParcelInfo) {
  const { parcelId, state } = parcel;
  if (state === "cancelled") throw conflict("parcel.cancelled", `Parcel ${parcelId} was cancelled: its orders were closed`, { parcelId });
  if (parcel.intercepted) {
    const { interceptShelf } = await benchSettings();
    throw locked("parcel.intercepted", `Parcel ${parcelId} is intercepted: do not pack it, put it on ${interceptShelf}`, {
      parcelId,
      intercept: interceptInfo(parcel, interceptShelf),
    });
  }
  if (state === "packed" || state === "handed_over") throw conflict("parcel.already-packed", `Parcel ${parcelId} is already ${state}`, { parcelId, state });
  if (state === "pending") throw conflict("parcel.not-allocated", `No stock is held for parcel ${parcelId} yet; it is not ready to pack`, { parcelId });
}

/**
 * Opens a parcel at this bench: finds it by whatever was scanned, refuses what cannot be packed,
 * and claims it with a conditional write (a second bench gets "being packed at bench X"). An
 * allocated parcel moves to picking in the same transaction. Opening again here resumes.
 */
export async function open(input: z.input<typeof OpenInput>): Promise<BenchView> {
  const fields = OpenInput.parse(input);
  const bench = useBench();
  const record = (parcelId: string, outcome: string, accepted: boolean) =>
    fields.scanId ? { kind: "open" as const, scanId: fields.scanId, parcelId, code: fields.code, outcome, accepted, scannedAt: fields.scannedAt } : undefined;
  let parcelId = "-";
  try {
    const parcel = await resolveParcel(fields.code);
    parcelId = parcel.parcelId;
    return await claim(parcel, bench, fields.takeover, (outcome) => record(parcel.parcelId, outcome, true));
  } catch (error) {
    const refused = error instanceof VisibleError && error.kind !== "unavailable" ? record(parcelId, error.code, false) : undefined;
    if (refused) {
      const when = await benchTime();
      await logNow(bench, refused, when);
      if (refused.outcome === "parcel.intercepted") await tallyNow(bench, when, { rejected: 1, intercepted: 1 });
    }
    throw error;
  }
}

/**
 * Claims the parcel for this bench (or resumes it here). The open's own log entry, when the kiosk
 * sent a key, is the claim transaction's first item: the open is on record exactly when it took
 * effect, with no write after it. A key that already has an entry keeps its first one.
 */
async function claim(first: ParcelInfo, bench: BenchActor, takeover: boolean, entry: (outcome: string) => ScanRecord | undefined): Promise<BenchView> {
  const { takeoverMinutes, giftMarkers } = await benchSettings();
  let parcel = first;
  let manifest: BenchManifest | undefined;
  // Whether this open has a key to log under, and whether it turned out to be on record already.
  const keyed = entry("opened") !== undefined;
  let keyTaken = false;
  for (let attempt = 1; ; attempt++) {
    await assertPackable(parcel);
    const now = new Date();
    const at = now.toISOString();
    const when = await benchTime(now);
    const recordOf = (outcome: string) => (keyTaken ? undefined : entry(outcome));
    const logged = (outcome: string) => {
      const record = recordOf(outcome);
      return record ? [logItem(bench, record, when)] : [];
    };
    // The manifest is read alongside the session: a parcel opened is almost always a new claim,
    // and the reads it needs then are no longer one round trip after the other.
    const [existing, loaded] = await Promise.all([loadSession(parcel.parcelId), manifest ?? loadManifest(parcel, giftMarkers)]);
    manifest = loaded;
    const decision = claimDecision(existing, bench.deviceId, now, takeoverMinutes, takeover);
    if (decision.kind === "closed") throw conflict("parcel.already-packed", `Parcel ${parcel.parcelId} is already packed`, { parcelId: parcel.parcelId, state: "packed" });
    if (decision.kind === "busy") throw busy(existing!, takeoverMinutes, now);
    try {
      if (decision.kind === "resume") {
        const session = existing!;
        if (session.staffNo === bench.staffNo) {
          const record = recordOf("resumed");
          if (record) await logNow(bench, record, when);
          return viewOf(session, { resumed: true });
        }
        const next = { ...session, staffNo: bench.staffNo, touchedAt: at, version: session.version + 1 };
        await commitBench((tx) => [
          ...logged("resumed"),
          tx.BenchSessionEntity.patch({ parcelId: session.parcelId })
            .set({ staffNo: next.staffNo, touchedAt: at, version: next.version })
            .where((a, op) => `${op.eq(a.version, session.version)} AND ${op.eq(a.deviceId, bench.deviceId)}`)
            .commit(),
        ]);
        return viewOf(next, { resumed: true });
      }
      const move = parcel.state === "allocated" ? moveItems(parcel, "picking", { note: `opened at ${bench.benchName}`, now: at }) : undefined;
      const session: Session = {
        parcelId: parcel.parcelId,
        state: "packing",
        deviceId: bench.deviceId,
        benchName: bench.benchName,
        staffNo: bench.staffNo,
        claimedAt: at,
        touchedAt: at,
        manifest: { ...manifest, parcelVersion: (move?.next ?? parcel).version },
        progress: emptyProgress(manifest),
        version: (existing?.version ?? 0) + 1,
      };
      const takenOverFrom =
        decision.kind === "takeover" ? { benchId: existing!.deviceId, benchName: existing!.benchName, staffNo: existing!.staffNo, since: existing!.claimedAt } : null;
      await commitBench((tx) => [
        ...logged(takenOverFrom ? "taken_over" : "opened"),
        existing
          ? tx.BenchSessionEntity.put(toRow(session))
              .where((a, op) => op.eq(a.version, existing.version))
              .commit()
          : tx.BenchSessionEntity.create(toRow(session)).commit(),
        ...((move?.items ?? []).map((write) => write(tx)) as Item[]),
        ...(takenOverFrom
          ? [
              tx.AuditEntity.create(
                Audit.item({
                  action: "bench.takeover",
                  target: { type: "parcel", id: parcel.parcelId },
                  before: { ...takenOverFrom, touchedAt: existing!.touchedAt, progress: existing!.progress.counts },
                  after: { benchId: bench.deviceId, benchName: bench.benchName, staffNo: bench.staffNo },
                }),
              ).commit(),
            ]
          : []),
      ]);
      if (move) await Bus.publish(move.event);
      return viewOf(session, { takenOverFrom });
    } catch (error) {
      // The key was used before (a retried open): its first entry stands; claim without one.
      if (keyed && !keyTaken && failedAt(error, 0)) {
        keyTaken = true;
        continue;
      }
      // Another bench claimed it, or the parcel changed (an intercept, a state move) meanwhile: look again.
      if (!lostRace(error) || attempt >= 5) throw error;
      await backoff(attempt);
      const fresh = await fromId(parcel.parcelId);
      if (!fresh) throw nothingHere(parcel.parcelId);
      if (fresh.version !== parcel.version) manifest = undefined;
      parcel = fresh;
    }
  }
}

/**
 * Lets a parcel go (the packer puts it aside): another bench may open it at once. What was
 * scanned here is discarded with it; the audit entry keeps the counts.
 */
export async function release(parcelId: string, input: z.input<typeof KeyInput>) {
  const fields = KeyInput.parse(input);
  const bench = useBench();
  return keyed(bench, { kind: "release", scanId: fields.scanId, parcelId, scannedAt: fields.scannedAt, offline: fields.offline }, async () => {
    for (let attempt = 1; ; attempt++) {
      const session = await loadSession(parcelId);
      if (!isMine(session, bench)) {
        const earlier = await replayOf(bench, fields.scanId);
        if (earlier) return answer<{ parcelId: string; released: true; replayed: boolean }>(earlier);
        throw notMine(parcelId, session, (await benchSettings()).takeoverMinutes);
      }
      const when = await benchTime();
      const result = { parcelId, released: true as const, replayed: false };
      try {
        await commitBench((tx) => [
          logItem(bench, { kind: "release", scanId: fields.scanId, parcelId, outcome: "released", accepted: true, scannedAt: fields.scannedAt, offline: fields.offline, stored: { ok: result } }, when),
          stillMine(session, bench, { state: "released", touchedAt: when.at }),
          tx.AuditEntity.create(
            Audit.item({ action: "bench.release", target: { type: "parcel", id: parcelId }, before: { benchName: session.benchName, counts: session.progress.counts } }),
          ).commit(),
        ]);
        return result;
      } catch (error) {
        if (failedAt(error, 0)) {
          const earlier = await replayOf(bench, fields.scanId);
          if (earlier) return answer<typeof result>(earlier);
        }
        if (!lostRace(error) || attempt >= 5) throw error;
        await backoff(attempt);
      }
    }
  });
}
