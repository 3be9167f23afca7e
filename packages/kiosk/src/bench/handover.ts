import { batch as batchUpdates, createSignal } from "solid-js";
import type { Caller } from "../api/bench";
import { isUnreachable } from "../api/client";
import * as HandoverApi from "../api/handover";
import { CARRIERS, type Batch, type BatchDetail, type Carrier } from "../api/handover";
import { ulid } from "../lib/ulid";
import { errorAlert, problemFor, type Alert } from "./alerts";

export type Choice = { kind: "continue"; batch: Batch } | { kind: "new"; carrier: Carrier };

export interface Added {
  parcelId: string;
  outcome: "added" | "already_in_batch";
  seq: number;
}

/**
 * Carrier handover (交接) at the bench: pick an open batch or a carrier with the arrow keys, scan
 * packed parcels into it (the API accepts only packed, not intercepted parcels of that carrier),
 * then type the courier's name and close it; the closed list can be printed for the courier to
 * sign. Handover needs the API: offline, a scan is refused on screen and must be scanned again.
 */
export function createHandover(options: { caller: () => Caller; show: (alert: Alert) => void; ok: () => void }) {
  const [choices, setChoices] = createSignal<Choice[]>([]);
  const [choice, setChoice] = createSignal(0);
  const [current, setCurrent] = createSignal<BatchDetail>();
  const [lastAdded, setLastAdded] = createSignal<Added>();
  const [enteringCourier, setEnteringCourier] = createSignal(false);
  const [loading, setLoading] = createSignal(false);
  let addedSeq = 0;

  function fail(error: unknown) {
    options.show(isUnreachable(error) ? problemFor("offline.handover") : errorAlert(error));
  }

  async function load() {
    batchUpdates(() => {
      setCurrent(undefined);
      setLastAdded(undefined);
      setEnteringCourier(false);
    });
    setLoading(true);
    try {
      const open = await HandoverApi.openBatches(options.caller());
      setChoices([...open.items.map((batch): Choice => ({ kind: "continue", batch })), ...CARRIERS.map((carrier): Choice => ({ kind: "new", carrier }))]);
    } catch (error) {
      setChoices(CARRIERS.map((carrier): Choice => ({ kind: "new", carrier })));
      fail(error);
    } finally {
      setLoading(false);
      setChoice(0);
    }
  }

  async function pick() {
    const picked = choices()[choice()];
    if (!picked) return;
    setLoading(true);
    try {
      const batch = picked.kind === "continue" ? picked.batch : await HandoverApi.createBatch(options.caller(), picked.carrier);
      setCurrent(await HandoverApi.batch(options.caller(), batch.batchId));
    } catch (error) {
      fail(error);
    } finally {
      setLoading(false);
    }
  }

  async function onScan(code: string) {
    const open = current();
    if (!open || open.state === "closed") return options.show(problemFor(open ? "handover.batch-closed" : "handover.pick-first"));
    try {
      const answer = await HandoverApi.scanIntoBatch(options.caller(), open.batchId, { code, scanId: ulid() });
      setLastAdded({ parcelId: answer.parcel.parcelId, outcome: answer.outcome, seq: ++addedSeq });
      setCurrent(await HandoverApi.batch(options.caller(), open.batchId));
      options.ok();
    } catch (error) {
      fail(error);
    }
  }

  /** Takes the parcel scanned in last out again (scanned by mistake). */
  async function removeLast() {
    const open = current();
    const last = open?.parcels.at(-1);
    if (!open || !last || open.state !== "open") return;
    try {
      setCurrent(await HandoverApi.removeFromBatch(options.caller(), open.batchId, last.parcelId));
      setLastAdded(undefined);
    } catch (error) {
      fail(error);
    }
  }

  async function close(courierName: string) {
    const open = current();
    if (!open || !courierName.trim()) return;
    try {
      const closed = await HandoverApi.closeBatch(options.caller(), open.batchId, { courierName: courierName.trim() });
      batchUpdates(() => {
        setCurrent(closed);
        setEnteringCourier(false);
      });
      options.ok();
    } catch (error) {
      fail(error);
    }
  }

  return {
    choices,
    choice,
    current,
    lastAdded,
    enteringCourier,
    loading,
    load,
    pick,
    onScan,
    removeLast,
    close,
    move: (step: number) => setChoice((i) => (i + step + Math.max(1, choices().length)) % Math.max(1, choices().length)),
    startCourier: () => {
      const open = current();
      if (!open || open.state === "closed") return;
      if (open.count === 0) return options.show(problemFor("handover.empty"));
      setEnteringCourier(true);
    },
    cancelCourier: () => setEnteringCourier(false),
    back: () => void load(),
  };
}

export type Handover = ReturnType<typeof createHandover>;
