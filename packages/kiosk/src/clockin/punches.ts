import { createSignal } from "solid-js";
import { punch, type PunchResult } from "../api/attendance";
import { apiIsUp } from "../api/health";
import type { ApiError } from "../api/problem";
import { config } from "../config";
import { nextSequence } from "../lib/sequence";
import { ulid } from "../lib/ulid";
import { createOutbox } from "../offline/outbox";
import { indexedDbStore, nextSeq, type Queued, type QueueStore } from "../offline/store";

/** A punch as it waits in the queue: everything the API needs to record it later, exactly once. */
export interface PunchItem extends Queued {
  code: string;
  sequence: number;
  deviceTime: string;
  /** Made again for a sequence number the API knew (a reset counter): it happened at deviceTime. */
  queued?: boolean;
}

export type PunchOutcome = { kind: "answered"; result: PunchResult } | { kind: "refused"; error: ApiError } | { kind: "queued"; at: string };

/** A queued punch whose replay the API refused: the person needs a correction request. */
export interface SyncProblem {
  code: string;
  deviceTime: string;
  error: ApiError;
}

/**
 * The clock-in terminal's punches. Every scan becomes a queued punch with this kiosk's next
 * sequence number, a fresh idempotency key and the kiosk's time; online it is sent at once,
 * offline it waits in IndexedDB and is replayed in order when the API is back (the API keys
 * punches by device + sequence, so a replay never counts twice).
 */
export function createPunches(options: { device: () => string; store?: QueueStore<PunchItem> }) {
  const [synced, setSynced] = createSignal(0);
  const [problems, setProblems] = createSignal<SyncProblem[]>([]);
  const deferred = new Set<string>();

  const outbox = createOutbox<PunchItem>({
    store: options.store ?? indexedDbStore<PunchItem>("punch-outbox"),
    retryMs: config.healthPollMs,
    probe: () => apiIsUp("/health"),
    send: (item, attempt) =>
      punch(options.device(), {
        code: item.code,
        sequence: item.sequence,
        idempotencyKey: item.id,
        deviceTime: item.deviceTime,
        queued: attempt.replay || item.queued === true,
      }),
    onAnswer: (item, delivery) => {
      const wasQueued = deferred.delete(item.id) || item.queued === true;
      if (!delivery.ok && delivery.error.code === "attendance.sequence-reused") {
        // Our counter was reset and this number belongs to an earlier punch: the scan was not
        // recorded. Queue it again under a new number, still at the time it happened.
        return void requeue({ ...item, id: ulid(), seq: nextSeq(), sequence: nextSequence(), queued: true });
      }
      if (!wasQueued) return;
      if (delivery.ok) setSynced((n) => n + 1);
      else setProblems((list) => [...list, { code: item.code, deviceTime: item.deviceTime, error: delivery.error }]);
    },
  });

  async function requeue(item: PunchItem) {
    deferred.add(item.id);
    await outbox.push(item);
  }

  return {
    /** Punches not yet recorded by the API. */
    pending: outbox.count,
    online: outbox.online,
    /** Queued punches the API has since recorded. */
    synced,
    /** Queued punches the API refused on replay (e.g. a badge replaced meanwhile). */
    problems,
    clearProblems: () => setProblems([]),
    async scan(code: string, now = new Date()): Promise<PunchOutcome> {
      const item: PunchItem = { id: ulid(now.getTime()), seq: nextSeq(now.getTime()), code, sequence: nextSequence(now.getTime()), deviceTime: now.toISOString() };
      const result = await outbox.push(item);
      if ("queued" in result) {
        deferred.add(item.id);
        return { kind: "queued", at: item.deviceTime };
      }
      if (result.ok) return { kind: "answered", result: result.value as PunchResult };
      // Queued again under a new number (see onAnswer): recorded later, like an offline punch.
      if (result.error.code === "attendance.sequence-reused") return { kind: "queued", at: item.deviceTime };
      return { kind: "refused", error: result.error };
    },
    stop: outbox.stop,
  };
}
