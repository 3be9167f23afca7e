import * as BenchApi from "../api/bench";
import { apiIsUp } from "../api/health";
import { config } from "../config";
import { createOutbox, type Delivery } from "../offline/outbox";
import { indexedDbStore, type Queued, type QueueStore } from "../offline/store";

/**
 * A state-changing bench call as it waits in the queue: its `id` is the call's `scanId`
 * (idempotency key), and it carries the operator who made it, so a replay is signed by them.
 */
export type BenchItem = Queued & {
  parcelId: string;
  scannedAt: string;
  staffNo: string;
  token: string;
} & (
    | { kind: "scan"; code: string }
    | { kind: "undo" }
    | { kind: "close"; label: string }
    | { kind: "force"; supervisorBadge: string; reason: string }
    | { kind: "release" }
  );

/** The bench's queue: every scan, undo, force, close and release, in the order they happened. */
export function createBenchOutbox(options: {
  device: () => string;
  onAnswer: (item: BenchItem, delivery: Delivery) => void;
  store?: QueueStore<BenchItem>;
}) {
  return createOutbox<BenchItem>({
    store: options.store ?? indexedDbStore<BenchItem>("bench-outbox"),
    retryMs: config.healthPollMs,
    probe: () => apiIsUp("/bench/health"),
    onAnswer: options.onAnswer,
    send: (item, attempt) => {
      const caller = { device: options.device(), operator: item.token };
      const offline = attempt.replay;
      switch (item.kind) {
        case "scan":
          return BenchApi.scan(caller, item.parcelId, { scanId: item.id, code: item.code, scannedAt: item.scannedAt, offline });
        case "undo":
          return BenchApi.undo(caller, item.parcelId, { scanId: item.id });
        case "close":
          return BenchApi.close(caller, item.parcelId, { scanId: item.id, label: item.label, scannedAt: item.scannedAt, offline });
        case "force":
          return BenchApi.force(caller, item.parcelId, { scanId: item.id, supervisorBadge: item.supervisorBadge, reason: item.reason });
        case "release":
          return BenchApi.release(caller, item.parcelId, { scanId: item.id });
      }
    },
  });
}
