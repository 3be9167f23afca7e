import { emptyProgress, isComplete, undoLast, verifyScan, type Progress, type Verdict } from "@dianwu/core/packing/bench/verify";
import type { BenchView, Forced, Manifest } from "../api/bench";

/** A scan or undo the kiosk has applied locally and sent (or queued), not yet answered. */
export type PendingStep = { kind: "scan"; scanId: string; code: string } | { kind: "undo"; scanId: string };

/**
 * The parcel open at this bench as the kiosk sees it. `confirmed` is the progress the API last
 * answered; `pending` are the steps applied locally since, in order; `progress` is `confirmed`
 * with `pending` replayed onto it by the shared verify module — what the screen shows. When an
 * answer arrives, its progress becomes `confirmed` and the steps still unanswered are replayed on
 * top, so the screen never jumps back while answers trail the scans (or while offline).
 */
export interface ParcelSession {
  parcelId: string;
  manifest: Manifest;
  view: BenchView;
  confirmed: Progress;
  pending: PendingStep[];
  progress: Progress;
  forced: Forced | null;
}

export function startSession(view: BenchView): ParcelSession {
  const confirmed = view.progress ?? emptyProgress(view.manifest);
  return { parcelId: view.parcelId, manifest: view.manifest, view, confirmed, pending: [], progress: confirmed, forced: view.forced };
}

function replay(manifest: Manifest, base: Progress, pending: readonly PendingStep[]): Progress {
  return pending.reduce(
    (progress, step) => (step.kind === "scan" ? verifyScan(manifest, progress, { scanId: step.scanId, code: step.code }).progress : undoLast(progress).progress),
    base,
  );
}

/** One item scan verified here and now (the API's answer follows). */
export function scanLocally(session: ParcelSession, scanId: string, code: string): { session: ParcelSession; verdict: Verdict } {
  const { verdict, progress } = verifyScan(session.manifest, session.progress, { scanId, code });
  // Rejected scans change nothing on the server either; only accepted ones need replaying.
  if (verdict.outcome !== "correct") return { session, verdict };
  return { session: { ...session, progress, pending: [...session.pending, { kind: "scan", scanId, code }] }, verdict };
}

/** Takes back the last accepted scan here; undefined when there is nothing to take back. */
export function undoLocally(session: ParcelSession, scanId: string): { session: ParcelSession; line: number } | undefined {
  const { progress, undone } = undoLast(session.progress);
  if (!undone) return undefined;
  return { session: { ...session, progress, pending: [...session.pending, { kind: "undo", scanId }] }, line: undone.line };
}

/** The API answered step `scanId` with its progress: that is now the truth, with what is still unanswered on top. */
export function confirm(session: ParcelSession, scanId: string, progress: Progress): ParcelSession {
  const pending = session.pending.filter((step) => step.scanId !== scanId);
  return { ...session, confirmed: progress, pending, progress: replay(session.manifest, progress, pending) };
}

/** A step the API refused outright (not a rejected scan: e.g. the bench lost the parcel): drop it. */
export function forget(session: ParcelSession, scanId: string): ParcelSession {
  const pending = session.pending.filter((step) => step.scanId !== scanId);
  return { ...session, pending, progress: replay(session.manifest, session.confirmed, pending) };
}

/** A fresh bench view from the API (force-complete, resync): it replaces what we knew. */
export function refresh(session: ParcelSession, view: BenchView): ParcelSession {
  return { ...session, view, manifest: view.manifest, forced: view.forced, confirmed: view.progress, progress: replay(view.manifest, view.progress, session.pending) };
}

/** Every line complete, or a supervisor force-completed it: the waybill label comes next. */
export const isDone = (session: ParcelSession) => session.forced !== null || isComplete(session.manifest, session.progress);
