import { createSignal } from "solid-js";
import { isOperatorExpired, isUnreachable } from "../api/client";
import { ApiError } from "../api/problem";
import type { Queued, QueueStore } from "./store";

/** What became of one queued call. */
export type Delivery = { ok: true; value: unknown } | { ok: false; error: ApiError };
/** What `push` tells its caller: the answer, or that the call waits in the queue. */
export type PushResult = Delivery | { queued: true };

export interface OutboxOptions<T extends Queued> {
  store: QueueStore<T>;
  /**
   * Makes the call; rejects with an ApiError as `request` does. `replay` is true when the call
   * was not sent at once (queued offline, held, left from an earlier page, or its first try was
   * lost): its time is the kiosk's, not the moment the API receives it.
   */
  send: (item: T, attempt: { replay: boolean }) => Promise<unknown>;
  /** Whether the API is back (a cheap public health call). */
  probe: () => Promise<boolean>;
  /** Told of every answer, in queue order, whoever is waiting for it. */
  onAnswer?: (item: T, delivery: Delivery) => void;
  retryMs: number;
}

/**
 * Calls that must reach the API exactly once and in order (scans, punches), sent one at a time.
 * Every call is written to the store before it is sent and removed only once the API answered
 * it, so nothing is lost and a retry carries the same idempotency key. When the API cannot be
 * reached (network error, timeout, 503) the outbox goes offline, keeps everything, asks `probe`
 * every `retryMs` and sends the rest when it answers. A 401 `auth.badge` (the worker's badge
 * session ended) holds the queue until `resume` after the worker scanned their badge again.
 */
export function createOutbox<T extends Queued>(options: OutboxOptions<T>) {
  const queue: T[] = [];
  const waiters = new Map<string, (result: PushResult) => void>();
  const [count, setCount] = createSignal(0);
  const [online, setOnline] = createSignal(true);
  const [held, setHeld] = createSignal(false);
  const persisted = new Map<string, Promise<unknown>>();
  const replays = new Set<string>();
  let loaded = false;
  let draining = false;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const changed = () => setCount(queue.length);

  function settle(id: string, result: PushResult) {
    const waiter = waiters.get(id);
    waiters.delete(id);
    waiter?.(result);
  }

  /** Everyone still waiting learns that their call is queued; their answers come through onAnswer. */
  function releaseWaiters() {
    for (const item of queue) replays.add(item.id);
    for (const id of [...waiters.keys()]) settle(id, { queued: true });
  }

  function schedulePoll() {
    clearTimeout(pollTimer);
    if (stopped) return;
    pollTimer = setTimeout(async () => {
      const back = await options.probe().catch(() => false);
      if (back) {
        setOnline(true);
        void drain();
      } else schedulePoll();
    }, options.retryMs);
  }

  async function drain() {
    // Calls left from before a reload go first: wait until they are read back.
    if (draining || !loaded) return;
    draining = true;
    try {
      while (queue.length > 0 && online() && !held() && !stopped) {
        const item = queue[0]!;
        // Sent only once it is safe on disk, so an answer can never overtake the write.
        await persisted.get(item.id);
        persisted.delete(item.id);
        let delivery: Delivery;
        try {
          delivery = { ok: true, value: await options.send(item, { replay: replays.has(item.id) }) };
        } catch (caught) {
          if (isUnreachable(caught)) {
            setOnline(false);
            releaseWaiters();
            schedulePoll();
            return;
          }
          if (isOperatorExpired(caught)) {
            setHeld(true);
            releaseWaiters();
            return;
          }
          // Any other refusal is the API's answer to this call: it will not change on a retry.
          delivery = { ok: false, error: caught instanceof ApiError ? caught : new ApiError(unexpected(caught)) };
        }
        queue.shift();
        replays.delete(item.id);
        changed();
        await options.store.delete(item.id).catch(() => undefined);
        options.onAnswer?.(item, delivery);
        settle(item.id, delivery);
      }
    } finally {
      draining = false;
    }
  }

  const ready = options.store.load().then((stored) => {
    const earlier = stored.filter((s) => !queue.some((q) => q.id === s.id));
    for (const item of earlier) replays.add(item.id);
    queue.unshift(...earlier);
    queue.sort((a, b) => a.seq - b.seq);
    changed();
    loaded = true;
    void drain();
  });

  return {
    /** Calls not yet answered. */
    count,
    /** False from a failed call until the API answers the health probe again. */
    online,
    /** True while the queue waits for the worker's badge (their session ended). */
    held,
    ready,
    /** Queues a call and sends it as soon as everything before it was answered. */
    async push(item: T): Promise<PushResult> {
      queue.push(item);
      changed();
      const result = new Promise<PushResult>((resolve) => waiters.set(item.id, resolve));
      const write = options.store.put(item).catch(() => undefined);
      persisted.set(item.id, write);
      await write;
      if (!online() || held()) {
        replays.add(item.id);
        settle(item.id, { queued: true });
      }
      else void drain();
      return result;
    },
    /** The calls still waiting, oldest first (to replay them onto local state). */
    pending: (): readonly T[] => queue,
    /** Changes queued calls in place (e.g. a fresh operator token), then goes on sending. */
    async resume(rewrite?: (item: T) => T) {
      if (rewrite) {
        for (const [i, item] of queue.entries()) {
          const next = rewrite(item);
          if (next !== item) {
            queue[i] = next;
            await options.store.put(next).catch(() => undefined);
          }
        }
      }
      setHeld(false);
      void drain();
    },
    stop() {
      stopped = true;
      clearTimeout(pollTimer);
    },
  };
}

function unexpected(cause: unknown) {
  return {
    type: "urn:dianwu:problem:kiosk",
    title: "Unexpected error",
    status: 500,
    code: "kiosk.unexpected",
    detail: cause instanceof Error ? cause.message : String(cause),
  };
}
