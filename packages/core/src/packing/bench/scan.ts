import type * as z from "zod";
import { ttlCache } from "../../cache";
import { VisibleError } from "../../error";
import { transactWrite } from "../../dynamo/table";
import * as Catalogue from "../../warehouse/catalogue/read";
import { notInterceptedCheck } from "../read";
import { benchSettings, benchTime } from "./clock";
import { useBench, type BenchActor } from "./context";
import { KeyInput, ScanInput } from "./inputs";
import { keyed } from "./keyed";
import { answer, logItem, replayOf, tallyItem, type Counter } from "./log";
import { isMine, notMine } from "./problems";
import { backoff, failedAt, lostRace } from "./races";
import { interceptInfo } from "./rules";
import { advance, forgetSession, knownSession, loadSession, loadSessionAndIntercepts, rememberSession, sessionUnchanged } from "./store";
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

/*
 * The packing bench's hot path: every piece scanned and every undo. Reads and writes go directly to
 * the table (dynamo/), with no ElectroDB or AWS SDK, so that the hot Lambda stays small and starts
 * fast (docs/decisions/0061-hot-path-without-sdk.md). The items are the ones ElectroDB reads.
 */

export { ScanInput };


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

/*
 * What the catalogue says of codes that are not in a manifest, for a minute: packers scan the
 * same wrong items and stray labels again and again, and each answer costs one or two reads on the
 * hot path. A barcode added or removed in the catalogue reaches the benches within the minute;
 * the manifest's own barcodes (taken when the parcel was opened) are not affected.
 */
const catalogueAnswers = ttlCache<string, Awaited<ReturnType<typeof Catalogue.lookup>> | null>(60_000);
const skuLabels = ttlCache<string, Awaited<ReturnType<typeof Catalogue.skuLabel>> | null>(60_000);

/** What the catalogue knows about a code that is not in the manifest (one read; two for a stranger's SKU). */
async function catalogueHit(manifest: BenchManifest, code: string): Promise<CatalogueHit | null> {
  const found = await catalogueAnswers.get(code, async () => (await Catalogue.lookup(code)) ?? null);
  if (!found) return null;
  const hit: CatalogueHit = found.unitCode ? { skuId: found.skuId, unitCode: found.unitCode } : { skuId: found.skuId };
  if (manifest.lines.some((l) => l.skuId === found.skuId)) return hit;
  const sku = await skuLabels.get(found.skuId, async () => (await Catalogue.skuLabel(found.skuId)) ?? null);
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
 * One item scan at the bench. It is decided on the session and the parcel's intercepts, read
 * strongly consistent in one batch, or on the session this process wrote at the last scan; either
 * way the transaction that records it holds only if the session is still that version and the
 * parcel has no intercept it did not show (so an intercept that arrived meanwhile stops it). The
 * log entry, the progress and the counters are that one transaction, whose first item is the key's
 * log entry: the scan applies once, and the same key sent again gets the first answer.
 */
export async function scan(parcelId: string, input: z.input<typeof ScanInput>): Promise<ScanResult> {
  const fields = ScanInput.parse(input);
  const bench = useBench();
  const base = { kind: "item" as const, scanId: fields.scanId, parcelId, code: fields.code, scannedAt: fields.scannedAt, offline: fields.offline };
  return keyed(bench, base, async () => {
    for (let attempt = 1; ; attempt++) {
      const known = knownSession(parcelId);
      const fromCache = isMine(known, bench);
      const [session, parcel] = fromCache ? [known, undefined] : await loadSessionAndIntercepts(parcelId);
      if (!isMine(session, bench)) {
        forgetSession(parcelId);
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
      const moved = accepted ? advance(session, bench, next, when.at) : { item: sessionUnchanged(session, bench), next: session };
      try {
        await transactWrite([
          logItem(bench, { ...base, outcome: verdict.outcome, accepted, line: result.line ?? undefined, stored: { ok: result } }, when),
          tallyItem(bench, when, counts),
          moved.item,
          // Shown the red screen already: nothing to guard. Otherwise none may have come meanwhile.
          ...(intercept ? [] : [notInterceptedCheck(parcelId)]),
        ]);
        rememberSession(moved.next);
        return result;
      } catch (error) {
        forgetSession(parcelId);
        // A session known from the last scan that turned out stale is no race lost: read it now.
        if (fromCache && lostRace(error) && !failedAt(error, 0)) continue;
        const retry = await afterCancel<ScanResult>(error, bench, fields.scanId, attempt);
        if (retry.done) return retry.value;
      }
    }
  });
}

/** After a canceled transaction: the key's first answer if it had one, else a fresh attempt (or the error). */
export async function afterCancel<T>(error: unknown, bench: BenchActor, scanId: string, attempt: number): Promise<{ done: true; value: T } | { done: false }> {
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
      const moved = advance(session, bench, progress, when.at);
      try {
        await transactWrite([
          logItem(bench, { ...base, code: undone.scanId, outcome: "undone", accepted: true, line: undone.line, stored: { ok: result } }, when),
          tallyItem(bench, when, { undone: 1 }),
          moved.item,
        ]);
        rememberSession(moved.next);
        return result;
      } catch (error) {
        forgetSession(parcelId);
        const retry = await afterCancel<UndoResult>(error, bench, fields.scanId, attempt);
        if (retry.done) return retry.value;
      }
    }
  });
}

