import * as z from "zod";
import { Audit } from "../../audit";
import { forbidden, invalid, VisibleError } from "../../error";
import { Badge } from "../../staff";
import { hasAnyRole } from "../../staff/roles";
import * as Sku from "../../warehouse/catalogue/service";
import { fromId } from "../service";
import { benchSettings, benchTime } from "./clock";
import { useBench, type BenchActor } from "./context";
import { keyed } from "./keyed";
import { answer, logItem, replayOf, tallyItem, type Counter } from "./log";
import { isMine, notMine } from "./problems";
import { FORCE_COMPLETERS } from "./roles";
import { interceptInfo } from "./rules";
import { KeyInput, ScanId, viewOf, type BenchView } from "./session";
import { loadSession, stillMine, type Forced, type Session } from "./store";
import { backoff, commitBench, failedAt, lostRace, type Item } from "./tx";
import {
  barcodeKey,
  isComplete,
  missingLines,
  needsCatalogue,
  undoLast,
  verifyScan,
  type BenchManifest,
  type CatalogueHit,
  type InterceptInfo,
  type Missing,
  type Outcome,
  type Progress,
  type Step,
  type Verdict,
} from "./verify";

export const ScanInput = KeyInput.extend({ code: z.string().trim().min(1).max(128) });

export interface ScanResult {
  scanId: string;
  replayed: boolean;
  accepted: boolean;
  outcome: Outcome;
  line: number | null;
  lineComplete: boolean;
  scanned: { code: string; skuId?: string; styleCode?: string; colour?: string; size?: string; name?: string; unit?: string };
  expected: Missing[];
  progress: Progress;
  complete: boolean;
  intercept: InterceptInfo | null;
}

/** What the catalogue knows about a code that is not in the manifest (one read; two for a stranger's SKU). */
async function catalogueHit(manifest: BenchManifest, code: string): Promise<CatalogueHit | null> {
  const found = await Sku.lookup(code);
  if (!found) return null;
  const hit: CatalogueHit = found.unitCode ? { skuId: found.skuId, unitCode: found.unitCode } : { skuId: found.skuId };
  if (manifest.lines.some((l) => l.skuId === found.skuId)) return hit;
  const sku = await Sku.fromId(found.skuId);
  return sku ? { ...hit, styleCode: sku.styleCode, colour: sku.colour, size: sku.size, name: sku.name } : hit;
}

function lineOf(verdict: Verdict): number | null {
  return "line" in verdict ? verdict.line : null;
}

function scannedOf(manifest: BenchManifest, code: string, verdict: Verdict): ScanResult["scanned"] {
  if (verdict.outcome === "wrong_item") return { code, ...verdict.scanned };
  const line = lineOf(verdict);
  const l = line === null ? undefined : manifest.lines[line];
  if (!l) return { code };
  const unit = "unit" in verdict ? verdict.unit : undefined;
  return { code, skuId: l.skuId ?? undefined, styleCode: l.styleCode, colour: l.colour, size: l.size, name: l.name, ...(unit ? { unit } : {}) };
}

/**
 * One item scan at the bench, verified on strongly consistent reads of the session and the parcel
 * (so an intercept that arrived meanwhile stops it). The log entry, the progress and the counters
 * are one transaction whose first item is the key's log entry: the scan applies once, and the
 * same key sent again gets the first answer.
 */
export async function scan(parcelId: string, input: z.input<typeof ScanInput>): Promise<ScanResult> {
  const fields = ScanInput.parse(input);
  const bench = useBench();
  const base = { kind: "item" as const, scanId: fields.scanId, parcelId, code: fields.code, scannedAt: fields.scannedAt, offline: fields.offline };
  return keyed(bench, base, async () => {
    for (let attempt = 1; ; attempt++) {
      const [session, parcel] = await Promise.all([loadSession(parcelId), fromId(parcelId)]);
      if (!isMine(session, bench)) {
        const earlier = await replayOf(bench, fields.scanId);
        if (earlier) return answer<ScanResult>(earlier);
        throw notMine(parcelId, session, (await benchSettings()).takeoverMinutes);
      }
      const { manifest, progress } = session;
      const catalogue = needsCatalogue(manifest, fields.code) ? await catalogueHit(manifest, fields.code) : undefined;
      const { verdict, progress: next } = verifyScan(manifest, progress, { scanId: fields.scanId, code: fields.code, catalogue, intercepted: parcel?.intercepted });
      const accepted = verdict.outcome === "correct";
      const intercept = parcel?.intercepted ? interceptInfo(parcel, (await benchSettings()).interceptShelf) : null;
      const result: ScanResult = {
        scanId: fields.scanId,
        replayed: false,
        accepted,
        outcome: verdict.outcome,
        line: lineOf(verdict),
        lineComplete: verdict.outcome === "correct" && verdict.lineComplete,
        scanned: scannedOf(manifest, barcodeKey(fields.code), verdict),
        expected: "expected" in verdict ? verdict.expected : missingLines(manifest, next),
        progress: next,
        complete: isComplete(manifest, next) || !!session.forced,
        intercept,
      };
      const when = await benchTime();
      const counts: Partial<Record<Counter, number>> = accepted ? { accepted: 1 } : { rejected: 1, [verdict.outcome]: 1 };
      try {
        await commitBench((tx) => [
          logItem(tx, bench, { ...base, outcome: verdict.outcome, accepted, line: result.line ?? undefined, stored: { ok: result } }, when),
          tallyItem(tx, bench, when, counts),
          ...(accepted
            ? [stillMine(tx, session, bench, { progress: JSON.stringify(next), staffNo: bench.staffNo, touchedAt: when.at })]
            : []),
        ]);
        return result;
      } catch (error) {
        const retry = await afterCancel<ScanResult>(error, bench, fields.scanId, attempt);
        if (retry.done) return retry.value;
      }
    }
  });
}

/** After a canceled transaction: the key's first answer if it had one, else a fresh attempt (or the error). */
async function afterCancel<T>(error: unknown, bench: BenchActor, scanId: string, attempt: number): Promise<{ done: true; value: T } | { done: false }> {
  if (failedAt(error, 0)) {
    const earlier = await replayOf(bench, scanId);
    if (earlier) return { done: true, value: answer<T>(earlier) };
  }
  if (!lostRace(error) || attempt >= 8) throw error;
  await backoff(attempt);
  return { done: false };
}

export interface UndoResult {
  scanId: string;
  replayed: boolean;
  undone: Step;
  progress: Progress;
  complete: boolean;
}

/** Takes back the last accepted scan of the parcel at this bench. */
export async function undo(parcelId: string, input: z.input<typeof KeyInput>): Promise<UndoResult> {
  const fields = KeyInput.parse(input);
  const bench = useBench();
  const base = { kind: "undo" as const, scanId: fields.scanId, parcelId, scannedAt: fields.scannedAt, offline: fields.offline };
  return keyed(bench, base, async () => {
    for (let attempt = 1; ; attempt++) {
      const session = await loadSession(parcelId);
      const earlier = !isMine(session, bench) || session.progress.history.length === 0 ? await replayOf(bench, fields.scanId) : undefined;
      if (earlier) return answer<UndoResult>(earlier);
      if (!isMine(session, bench)) throw notMine(parcelId, session, (await benchSettings()).takeoverMinutes);
      const { progress, undone } = undoLast(session.progress);
      if (!undone) throw new VisibleError("conflict", "bench.nothing-to-undo", "No accepted scan to undo", undefined, { parcelId });
      const result: UndoResult = { scanId: fields.scanId, replayed: false, undone, progress, complete: isComplete(session.manifest, progress) || !!session.forced };
      const when = await benchTime();
      try {
        await commitBench((tx) => [
          logItem(tx, bench, { ...base, code: undone.scanId, outcome: "undone", accepted: true, line: undone.line, stored: { ok: result } }, when),
          tallyItem(tx, bench, when, { undone: 1 }),
          stillMine(tx, session, bench, { progress: JSON.stringify(progress), staffNo: bench.staffNo, touchedAt: when.at }),
        ]);
        return result;
      } catch (error) {
        const retry = await afterCancel<UndoResult>(error, bench, fields.scanId, attempt);
        if (retry.done) return retry.value;
      }
    }
  });
}

export const ForceInput = z.object({
  scanId: ScanId,
  /** The supervisor's own badge, scanned at this bench. */
  supervisorBadge: z.string().trim().min(1).max(40),
  reason: z.string().trim().min(2).max(200),
  scannedAt: z.string().datetime().optional(),
});

/** The badge's holder, if they may force-complete; identifying them is itself audited (badge.scan). */
async function supervisorOf(badge: string) {
  try {
    const { staff } = await Badge.identify(badge);
    if (!hasAnyRole(staff.roles, FORCE_COMPLETERS)) {
      throw forbidden("bench.not-supervisor", `${staff.name} (${staff.staffNo}) may not force-complete a parcel; a warehouse supervisor's badge is needed`);
    }
    return staff;
  } catch (error) {
    if (error instanceof VisibleError && error.code === "badge.unknown") throw invalid("supervisorBadge", "badge.unknown", error.message);
    throw error;
  }
}

/**
 * A supervisor declares the parcel complete whatever the counts say (a label that will not scan,
 * an item checked by eye), with a reason. What was still missing is recorded and audited.
 */
export async function force(parcelId: string, input: z.input<typeof ForceInput>): Promise<BenchView> {
  const fields = ForceInput.parse(input);
  const bench = useBench();
  const base = { kind: "force" as const, scanId: fields.scanId, parcelId, scannedAt: fields.scannedAt };
  return keyed(bench, base, async () => {
    const known = await replayOf(bench, fields.scanId);
    if (known) return answer<BenchView>(known);
    const supervisor = await supervisorOf(fields.supervisorBadge);
    for (let attempt = 1; ; attempt++) {
      const session = await loadSession(parcelId);
      if (!isMine(session, bench)) throw notMine(parcelId, session, (await benchSettings()).takeoverMinutes);
      const when = await benchTime();
      const forced: Forced = {
        staffNo: supervisor.staffNo,
        name: supervisor.name,
        reason: fields.reason,
        at: when.at,
        missing: missingLines(session.manifest, session.progress).map((m) => ({ line: m.line, missing: m.remaining })),
      };
      const next: Session = { ...session, forced, touchedAt: when.at, version: session.version + 1 };
      const result = { ...viewOf(next, { resumed: true }), replayed: false };
      try {
        await commitBench((tx) => [
          logItem(tx, bench, { ...base, code: supervisor.staffNo, outcome: "forced", accepted: true, stored: { ok: result } }, when),
          tallyItem(tx, bench, when, { forced: 1 }),
          stillMine(tx, session, bench, { forced: JSON.stringify(forced), touchedAt: when.at }),
          tx.AuditEntity.create(Audit.item({ action: "bench.force-complete", target: { type: "parcel", id: parcelId }, before: { counts: session.progress.counts }, after: forced, note: fields.reason })).commit(),
        ] as Item[]);
        return result;
      } catch (error) {
        const retry = await afterCancel<BenchView>(error, bench, fields.scanId, attempt);
        if (retry.done) return retry.value;
      }
    }
  });
}
