import { batch as batchUpdates, createSignal } from "solid-js";
import { verifyScan } from "@dianwu/core/packing/bench/verify";
import * as BenchApi from "../api/bench";
import type { CloseAnswer, ScanAnswer, Slip, UndoAnswer, BenchView } from "../api/bench";
import { isOperatorExpired, isUnreachable } from "../api/client";
import { ApiError } from "../api/problem";
import type { MessageKey } from "../i18n";
import { zhCN } from "../i18n/zh-CN";
import { looksLikeBadge, sameBadge } from "../lib/badge";
import { isSupervisor, mayPack, type SignedIn } from "../lib/bench";
import { afterPaint } from "../lib/frames";
import type { createTones } from "../lib/tones";
import { ulid } from "../lib/ulid";
import type { Delivery } from "../offline/outbox";
import { nextSeq, type QueueStore } from "../offline/store";
import type { Device } from "../providers/device";
import { answerAlert, errorAlert, problemFor, toneOf, verdictAlert, type Alert } from "./alerts";
import { createBenchOutbox, type BenchItem } from "./outbox";
import { confirm, forget, isDone, refresh, scanLocally, startSession, undoLocally, type ParcelSession } from "./session";

/** Reasons a supervisor picks from with the arrow keys; sent in Chinese so the audit log reads one way. */
export const FORCE_REASONS = ["force.reason.damagedTag", "force.reason.noBarcode", "force.reason.notInCatalogue", "force.reason.shortAgreed", "force.reason.other"] as const satisfies readonly MessageKey[];

export interface Packed {
  parcelId: string;
  waybill?: string;
  /** Closed offline: queued, not yet confirmed by the API (待确认). */
  pending: boolean;
  slip?: Slip;
}

export interface ForcePanel {
  supervisor: { name: string; staffNo: string; badgeCode: string };
  choice: number;
}

export type Busy = "identifying" | "opening" | "closing" | undefined;

/** A bench call as the screen makes it; the queue adds order, time and who made it. */
type NewItem = BenchItem extends infer Item ? (Item extends BenchItem ? Omit<Item, "seq" | "staffNo" | "token" | "scannedAt"> : never) : never;

/**
 * The packing bench's behaviour, apart from how it looks: who is signed in, the parcel open here,
 * what each scan and key does, and the queue that carries every call to the API in order.
 *
 * An item scan is answered at once from the manifest with the shared verify module (tone, line
 * ticks up, or an alert that stays until acknowledged), then queued; the API's answer confirms it
 * or overrules it. Offline the queue keeps the calls and the bench keeps verifying locally.
 */
export function createBench(options: { device: Device; tones: ReturnType<typeof createTones>; store?: QueueStore<BenchItem> }) {
  const { device, tones } = options;
  const [operator, setOperator] = createSignal<SignedIn>();
  const [session, setSession] = createSignal<ParcelSession>();
  const [alert, setAlert] = createSignal<Alert>();
  /** The line the last accepted scan counted on (marked on screen). */
  const [lastOk, setLastOk] = createSignal<{ scanId: string; line: number }>();
  const [packed, setPacked] = createSignal<Packed>();
  const [tray, setTray] = createSignal<Packed[]>([]);
  const [force, setForce] = createSignal<ForcePanel>();
  const [busy, setBusy] = createSignal<Busy>();
  const [note, setNote] = createSignal<{ key: MessageKey; params?: Record<string, string | number> }>();
  /** The answer given to the latest item scan, counted: what the screen shows right after Enter. */
  const [feedback, setFeedback] = createSignal<{ seq: number; outcome?: string }>({ seq: 0 });
  /** What this kiosk answered for each scan still in flight, to notice when the API disagrees. */
  const localOutcomes = new Map<string, string>();
  /** The last code that opened (or tried to open) a parcel: a takeover repeats it. */
  let lastOpenCode: string | undefined;

  const outbox = createBenchOutbox({ device: device.token, onAnswer, store: options.store });

  const caller = () => ({ device: device.token(), operator: operator()?.token ?? "" });

  function show(next: Alert) {
    setAlert(next);
    const tone = toneOf(next);
    if (tone) tones.play(tone);
  }
  const acknowledge = () => setAlert(undefined);

  /**
   * Queues a call, signed by the worker at the moment of the scan. The write to IndexedDB and
   * the request start once the scan's feedback is on screen: the packer's answer comes first.
   * Every call takes this path, so they still leave in the order they were made.
   */
  async function queue(item: NewItem) {
    const who = operator()!;
    const full = { seq: nextSeq(), scannedAt: new Date().toISOString(), staffNo: who.staffNo, token: who.token, ...item } as BenchItem;
    await afterPaint();
    return outbox.push(full);
  }

  // ——— signing in and out ———

  async function identify(code: string) {
    setBusy("identifying");
    try {
      const who = await device.identify(code);
      return { ...who.staff, badgeCode: code, token: who.token };
    } catch (error) {
      // A revoked device is handled by the device provider (back to pairing), not shown here.
      if (!(error instanceof ApiError && error.status === 401)) show(errorAlert(error));
      return undefined;
    } finally {
      setBusy(undefined);
    }
  }

  async function signIn(code: string) {
    const who = await identify(code);
    if (!who) return;
    if (!mayPack(who.roles)) return show(problemFor("auth.role"));
    batchUpdates(() => {
      setOperator(who);
      setNote(undefined);
      setAlert(undefined);
    });
    // Calls this worker made before their badge session ended can go now, signed afresh.
    void outbox.resume((item) => (item.staffNo === who.staffNo ? { ...item, token: who.token } : item));
  }

  function signOut(reason: MessageKey = "bench.signedOut") {
    const leaving = operator();
    batchUpdates(() => {
      if (leaving) setNote({ key: reason, params: { name: leaving.name } });
      setOperator(undefined);
      setForce(undefined);
      setAlert(undefined);
    });
  }

  /** Another badge while signed in: a supervisor at an open parcel force-completes; anyone else takes over the bench. */
  async function otherBadge(code: string) {
    const who = await identify(code);
    if (!who) return;
    const open = session();
    if (open && isSupervisor(who.roles)) return setForce({ supervisor: { name: who.name, staffNo: who.staffNo, badgeCode: code }, choice: 0 });
    if (!mayPack(who.roles)) return show(problemFor("auth.role"));
    setOperator(who);
    void outbox.resume((item) => (item.staffNo === who.staffNo ? { ...item, token: who.token } : item));
  }

  // ——— opening a parcel ———

  async function openParcel(code: string, takeover = false) {
    lastOpenCode = code;
    setBusy("opening");
    try {
      const view = await BenchApi.open(caller(), { code, scanId: ulid(), takeover });
      begin(view);
    } catch (error) {
      if (isOperatorExpired(error)) return signOut("bench.badgeExpired");
      if (isUnreachable(error)) return show(problemFor("offline.open"));
      show(errorAlert(error));
    } finally {
      setBusy(undefined);
    }
  }

  function begin(view: BenchView) {
    batchUpdates(() => {
      setSession(startSession(view));
      setPacked(undefined);
      setLastOk(undefined);
      setNote(view.takenOverFrom ? { key: "bench.takenOver", params: { bench: view.takenOverFrom.benchName, staffNo: view.takenOverFrom.staffNo } } : undefined);
    });
    if (view.intercept) return intercepted(view.parcelId, view.intercept);
    tones.play("ok");
  }

  /** The parcel was stopped while at this bench: red screen, let it go so nobody packs it. */
  function intercepted(parcelId: string, intercept: BenchApi.Intercept | null) {
    show({ kind: "intercept", parcelId, intercept });
    if (session()?.parcelId === parcelId) {
      setSession(undefined);
      void queue({ kind: "release", id: ulid(), parcelId });
    }
  }

  // ——— scanning items ———

  function scanItem(current: ParcelSession, code: string) {
    const scanId = ulid();
    if (isDone(current)) {
      const { verdict } = verifyScan(current.manifest, current.progress, { scanId, code });
      if (verdict.outcome === "waybill_label") return closeParcel(current, code, scanId);
      // Neither this parcel's item nor its label: online the API says whose label it is
      // (swapped labels); offline nothing can be checked, so it is refused as the API would.
      if (verdict.outcome === "unknown_barcode") {
        if (outbox.online()) return closeParcel(current, code, scanId);
        setFeedback((f) => ({ seq: f.seq + 1, outcome: "label_swapped" }));
        return show({ kind: "swapped", label: code });
      }
    }
    const { session: next, verdict } = scanLocally(current, scanId, code);
    localOutcomes.set(scanId, verdict.outcome);
    batchUpdates(() => {
      setSession(next);
      setFeedback((f) => ({ seq: f.seq + 1, outcome: verdict.outcome }));
      if (verdict.outcome === "correct") {
        setLastOk({ scanId, line: verdict.line });
        tones.play("ok");
      } else {
        setLastOk(undefined);
        show(verdictAlert(scanId, code, verdict)!);
      }
    });
    // Every scan goes to the API, rejected ones too: it keeps each with bench, packer, time and outcome.
    void queue({ kind: "scan", id: scanId, parcelId: current.parcelId, code });
  }

  function undo() {
    const current = session();
    if (!current) return;
    const scanId = ulid();
    const undone = undoLocally(current, scanId);
    if (!undone) return show(problemFor("bench.nothing-to-undo"));
    batchUpdates(() => {
      setSession(undone.session);
      setLastOk(undefined);
      setNote({ key: "bench.undone", params: { line: undone.line + 1 } });
    });
    void queue({ kind: "undo", id: scanId, parcelId: current.parcelId });
  }

  // ——— closing ———

  async function closeParcel(current: ParcelSession, label: string, scanId: string) {
    setBusy("closing");
    try {
      const result = await queue({ kind: "close", id: scanId, parcelId: current.parcelId, label });
      const waybill = current.manifest.waybill?.number;
      if ("queued" in result) {
        // Offline: the close waits in the queue; the parcel goes on the 待确认 tray, no slip yet.
        const pending: Packed = { parcelId: current.parcelId, waybill, pending: true };
        batchUpdates(() => {
          setTray((list) => [...list, pending]);
          setPacked(pending);
          setSession(undefined);
        });
        return tones.play("ok");
      }
      if (result.ok) {
        const answer = result.value as CloseAnswer;
        batchUpdates(() => {
          setPacked({ parcelId: answer.parcelId, waybill, pending: false, slip: answer.slip });
          setSession(undefined);
        });
        return tones.play("ok");
      }
      closeRefused(current.parcelId, label, result.error);
    } finally {
      setBusy(undefined);
    }
  }

  function closeRefused(parcelId: string, label: string, error: ApiError) {
    if (error.code === "parcel.intercepted") return intercepted(parcelId, (error.problem.intercept as BenchApi.Intercept) ?? null);
    const shown = errorAlert(error);
    show(shown.kind === "swapped" ? { ...shown, label } : shown);
    if (lost(error)) setSession(undefined);
  }

  /** The bench no longer holds the parcel: nothing more can be done with it here. */
  const lost = (error: ApiError) => ["bench.busy", "bench.not-open", "bench.closed"].includes(error.code);

  // ——— force-complete ———

  function moveForceChoice(step: number) {
    const panel = force();
    if (panel) setForce({ ...panel, choice: (panel.choice + step + FORCE_REASONS.length) % FORCE_REASONS.length });
  }

  function confirmForce() {
    const panel = force();
    const current = session();
    setForce(undefined);
    if (!panel || !current) return;
    // The supervisor's badge is checked by the API: not offline (docs/api/bench.md, Offline).
    if (!outbox.online()) return show(problemFor("offline.force"));
    const reason = zhCN[FORCE_REASONS[panel.choice]!];
    void queue({ kind: "force", id: ulid(), parcelId: current.parcelId, supervisorBadge: panel.supervisor.badgeCode, reason });
  }

  // ——— putting aside ———

  function release() {
    const current = session();
    if (!current) return;
    batchUpdates(() => {
      setSession(undefined);
      setForce(undefined);
      setNote({ key: "bench.released", params: { parcelId: current.parcelId } });
    });
    void queue({ kind: "release", id: ulid(), parcelId: current.parcelId });
  }

  // ——— the API's answers ———

  function onAnswer(item: BenchItem, delivery: Delivery) {
    const current = session();
    const here = current?.parcelId === item.parcelId ? current : undefined;
    if (!delivery.ok) return refused(item, here, delivery.error);
    switch (item.kind) {
      case "scan":
        return scanAnswered(item, here, delivery.value as ScanAnswer);
      case "undo":
        if (here) setSession(confirm(here, item.id, (delivery.value as UndoAnswer).progress));
        return;
      case "force":
        if (here) setSession(refresh(here, delivery.value as BenchView));
        return;
      case "close":
        return closeConfirmed(item.parcelId, delivery.value as CloseAnswer);
      case "release":
        return;
    }
  }

  function scanAnswered(item: Extract<BenchItem, { kind: "scan" }>, here: ParcelSession | undefined, answer: ScanAnswer) {
    const local = localOutcomes.get(item.id);
    localOutcomes.delete(item.id);
    if (!here) return;
    setSession(confirm(here, item.id, answer.progress));
    if (answer.outcome === "intercepted") return intercepted(item.parcelId, answer.intercept);
    if (answer.outcome === local) return;
    // The API knows more (the catalogue, a unit counted elsewhere): its word stands.
    const overruled = answerAlert(item.code, answer);
    if (overruled) return show(overruled);
    const shown = alert();
    if (shown?.kind === "rejected" && shown.scanId === item.id) setAlert(undefined);
    if (answer.line != null) setLastOk({ scanId: item.id, line: answer.line });
  }

  function refused(item: BenchItem, here: ParcelSession | undefined, error: ApiError) {
    localOutcomes.delete(item.id);
    if (item.kind === "close") return closeFailed(item, error);
    if (item.kind === "release") return;
    if (item.kind === "undo" && error.code === "bench.nothing-to-undo") {
      if (here) setSession(forget(here, item.id));
      return;
    }
    if (!here) return;
    if (error.code === "parcel.intercepted") return intercepted(item.parcelId, (error.problem.intercept as BenchApi.Intercept) ?? null);
    setSession(lost(error) ? undefined : forget(here, item.id));
    show(errorAlert(error));
  }

  /** A close that waited in the queue was answered: off the 待确认 tray either way. */
  function closeConfirmed(parcelId: string, answer: CloseAnswer) {
    const waiting = tray().find((p) => p.parcelId === parcelId);
    if (!waiting) return;
    const done: Packed = { ...waiting, pending: false, slip: answer.slip };
    batchUpdates(() => {
      setTray((list) => list.filter((p) => p.parcelId !== parcelId));
      if (packed()?.parcelId === parcelId) setPacked(done);
      setNote({ key: "bench.confirmedPacked", params: { parcelId } });
    });
  }

  function closeFailed(item: Extract<BenchItem, { kind: "close" }>, error: ApiError) {
    const waiting = tray().find((p) => p.parcelId === item.parcelId);
    if (!waiting) return;
    const shown = errorAlert(error);
    const reason: MessageKey = shown.kind === "problem" ? shown.title : shown.kind === "intercept" ? "alert.intercepted" : shown.kind === "swapped" ? "alert.swapped" : "alert.lostParcel";
    batchUpdates(() => {
      setTray((list) => list.filter((p) => p.parcelId !== item.parcelId));
      if (packed()?.parcelId === item.parcelId) setPacked(undefined);
    });
    show({ kind: "close-failed", parcelId: item.parcelId, reason, params: shown.kind === "problem" ? shown.params : undefined });
  }

  // ——— input ———

  /** Every scan at the bench, in the order scanned (the scanner queue never runs two at once). */
  function onScan(raw: string): unknown {
    const code = raw.trim();
    const who = operator();
    if (!who) return signIn(code);
    const hadAlert = alert() !== undefined;
    // Any scan acknowledges what is on screen; the scan itself then counts as usual.
    setAlert(undefined);
    if (sameBadge(code, who.badgeCode)) {
      // After an error the worker's own badge means "carry on", not "sign me out".
      if (hadAlert || force()) return setForce(undefined);
      if (session()) return show(problemFor("own-badge"));
      return signOut();
    }
    if (looksLikeBadge(code)) return otherBadge(code);
    if (force()) setForce(undefined);
    const current = session();
    if (!current) return openParcel(code);
    return scanItem(current, code);
  }

  return {
    operator,
    session,
    alert,
    lastOk,
    packed,
    tray,
    force,
    busy,
    note,
    feedback,
    online: outbox.online,
    pending: outbox.count,
    held: outbox.held,
    caller,
    onScan,
    show,
    acknowledge,
    undo,
    release,
    moveForceChoice,
    confirmForce,
    cancelForce: () => setForce(undefined),
    signOut,
    /** After "being packed at bench X" with the takeover time passed: open it here anyway. */
    takeOver() {
      const shown = alert();
      if (shown?.kind !== "busy" || !shown.takeoverAllowed || !lastOpenCode) return;
      setAlert(undefined);
      return openParcel(lastOpenCode, true);
    },
    /** The outbound slip of the last parcel packed here (the close returned it). */
    slipToPrint: () => packed()?.slip,
    stop: outbox.stop,
  };
}

export type Bench = ReturnType<typeof createBench>;
