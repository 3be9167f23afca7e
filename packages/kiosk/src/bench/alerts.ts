import type { Verdict } from "@dianwu/core/packing/bench/verify";
import type { Intercept, Missing, Outcome, ScanAnswer } from "../api/bench";
import { isUnreachable } from "../api/client";
import { ApiError } from "../api/problem";
import type { MessageKey, Params } from "../i18n";
import type { ToneName } from "../lib/tones";

export type Rejection = Exclude<Outcome, "correct" | "waybill_label" | "intercepted">;

export interface ScannedItem {
  code: string;
  styleCode?: string;
  colour?: string;
  size?: string;
  name?: string;
}

/**
 * What stays on the bench's screen until the packer acknowledges it (a key or the next scan).
 * Nothing here clears itself: a mistake missed while looking at the parcel is a wrong parcel.
 */
export type Alert =
  | { kind: "rejected"; scanId: string; outcome: Rejection; scanned: ScannedItem; expected: Missing[]; line?: number; unit?: string }
  | { kind: "label-early"; code: string }
  | { kind: "intercept"; parcelId?: string; intercept: Intercept | null }
  | { kind: "busy"; code: string; benchName: string; staffNo: string; since?: string; takeoverAllowed: boolean; takeoverAt?: string }
  | { kind: "swapped"; label: string; labelParcelId?: string }
  | { kind: "close-failed"; parcelId: string; reason: MessageKey; params?: Params }
  | { kind: "problem"; title: MessageKey; hint?: MessageKey; params?: Params; red: boolean };

/** The sound that goes with an alert: swapped labels and intercepts are alarms, mistakes buzz. */
export function toneOf(alert: Alert): ToneName | undefined {
  switch (alert.kind) {
    case "intercept":
    case "swapped":
    case "close-failed":
      return "alarm";
    case "label-early":
      return undefined;
    case "problem":
      return alert.red ? "error" : undefined;
    default:
      return "error";
  }
}

/** A local verdict that is not a plain correct scan, as an alert (undefined for correct). */
export function verdictAlert(scanId: string, code: string, verdict: Verdict): Alert | undefined {
  switch (verdict.outcome) {
    case "correct":
      return undefined;
    case "waybill_label":
      return { kind: "label-early", code };
    case "intercepted":
      return { kind: "intercept", intercept: null };
    case "wrong_item":
      return { kind: "rejected", scanId, outcome: "wrong_item", scanned: { ...verdict.scanned, code }, expected: verdict.expected };
    case "too_many":
      return { kind: "rejected", scanId, outcome: "too_many", scanned: { code }, expected: verdict.expected, line: verdict.line };
    case "unknown_barcode":
      return { kind: "rejected", scanId, outcome: "unknown_barcode", scanned: { code }, expected: verdict.expected };
    case "unit_already_scanned":
      return { kind: "rejected", scanId, outcome: "unit_already_scanned", scanned: { code }, expected: [], line: verdict.line, unit: verdict.unit };
    case "unit_code_required":
      return { kind: "rejected", scanId, outcome: "unit_code_required", scanned: { code }, expected: [], line: verdict.line };
  }
}

/** The API's answer to a scan, as an alert (undefined when it accepted the scan). */
export function answerAlert(code: string, answer: ScanAnswer): Alert | undefined {
  if (answer.accepted) return undefined;
  if (answer.outcome === "intercepted") return { kind: "intercept", intercept: answer.intercept };
  if (answer.outcome === "waybill_label") return { kind: "label-early", code };
  if (answer.outcome === "correct") return undefined;
  return {
    kind: "rejected",
    scanId: answer.scanId,
    outcome: answer.outcome,
    scanned: { ...answer.scanned, code: answer.scanned?.code ?? code },
    expected: answer.expected ?? [],
    line: answer.line ?? undefined,
  };
}

/** Problem codes the screen explains in its own words; the rest say "something went wrong" with the code. */
const PROBLEMS: Record<string, { title: MessageKey; hint?: MessageKey; red?: boolean }> = {
  "bench.not-found": { title: "problem.notFound", hint: "problem.notFoundHint" },
  "waybill.void": { title: "problem.waybillVoid", hint: "problem.waybillVoidHint" },
  "bench.ambiguous-order": { title: "problem.ambiguous", hint: "problem.ambiguousHint" },
  "parcel.not-allocated": { title: "problem.notAllocated", hint: "problem.notAllocatedHint" },
  "parcel.already-packed": { title: "problem.alreadyPacked" },
  "parcel.cancelled": { title: "problem.cancelled", hint: "problem.cancelledHint" },
  "bench.not-open": { title: "problem.notOpen", hint: "problem.scanParcelAgain" },
  "bench.closed": { title: "problem.benchClosed" },
  "bench.nothing-to-undo": { title: "problem.nothingToUndo", red: false },
  "bench.not-supervisor": { title: "problem.notSupervisor" },
  "badge.unknown": { title: "badge.invalid", hint: "badge.invalidHint" },
  "bench.incomplete": { title: "problem.incomplete", hint: "problem.incompleteHint" },
  "bench.label-unknown": { title: "problem.labelUnknown", hint: "problem.labelUnknownHint" },
  "parcel.no-waybill": { title: "problem.noWaybill", hint: "problem.noWaybillHint" },
  "parcel.reprint-required": { title: "problem.reprint", hint: "problem.reprintHint" },
  "bench.stock-mismatch": { title: "problem.stockMismatch", hint: "problem.callSupervisor" },
  "stock.busy": { title: "problem.stockBusy", hint: "problem.stockBusyHint" },
  "handover.not-packed": { title: "problem.handoverNotPacked" },
  "handover.wrong-carrier": { title: "problem.wrongCarrier" },
  "handover.in-other-batch": { title: "problem.inOtherBatch" },
  "handover.batch-closed": { title: "problem.batchClosed" },
  "handover.empty": { title: "problem.batchEmpty" },
  "auth.role": { title: "problem.role" },
  "offline.open": { title: "problem.offlineOpen", hint: "problem.offlineOpenHint" },
  "offline.force": { title: "problem.offlineForce", hint: "problem.offlineForceHint" },
  "offline.handover": { title: "problem.offlineHandover", hint: "problem.offlineHandoverHint" },
  "handover.pick-first": { title: "problem.pickBatch", red: false },
  "own-badge": { title: "problem.parcelStillOpen", hint: "problem.parcelStillOpenHint", red: false },
};

export function problemFor(code: string, params: Params = {}): Alert {
  const known = PROBLEMS[code] ?? (code.startsWith("stock.") ? { title: "problem.stock" as MessageKey, hint: "problem.callSupervisor" as MessageKey } : undefined);
  if (known) return { kind: "problem", title: known.title, hint: known.hint, params, red: known.red ?? true };
  return { kind: "problem", title: "error.unexpected", hint: "problem.code", params: { ...params, code }, red: true };
}

/** Any failed bench call as an alert: intercepts and busy benches get their own screens. */
export function errorAlert(error: unknown): Alert {
  if (!(error instanceof ApiError)) return problemFor("kiosk.unexpected");
  if (isUnreachable(error)) return { kind: "problem", title: "error.network", hint: "error.networkHint", red: true };
  const p = error.problem;
  if (error.code === "parcel.intercepted" || error.code === "handover.intercepted") {
    return { kind: "intercept", parcelId: p.parcelId as string | undefined, intercept: (p.intercept as Intercept | undefined) ?? null };
  }
  if (error.code === "bench.busy") {
    return {
      kind: "busy",
      code: String(p.parcelId ?? ""),
      benchName: String(p.benchName ?? p.benchId ?? "?"),
      staffNo: String(p.staffNo ?? ""),
      since: p.since as string | undefined,
      takeoverAllowed: p.takeoverAllowed === true,
      takeoverAt: p.takeoverAt as string | undefined,
    };
  }
  if (error.code === "bench.label-swapped") return { kind: "swapped", label: String(p.label ?? ""), labelParcelId: p.labelParcelId as string | undefined };
  const params: Params = {};
  for (const key of ["carrier", "state", "batchId", "parcelId"] as const) if (typeof p[key] === "string") params[key] = p[key] as string;
  return problemFor(error.code, params);
}
