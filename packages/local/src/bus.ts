import { Bus, runConsumer, type Consumer, type RunOptions } from "@dianwu/core/bus";
import type { Envelope } from "@dianwu/core/bus";
import { consumersFor } from "@dianwu/infra/events";

/**
 * The in-process stand-in for EventBridge: the same routing rules (infra/events.ts), the same
 * consumers and the same runner (idempotency, retries, dead letters). Like EventBridge, delivery
 * is asynchronous: publish returns once the events are accepted, not once they are applied.
 */
export function createLocalBus(consumers: Record<string, Consumer>, options: RunOptions = {}) {
  const inFlight = new Set<Promise<unknown>>();

  function deliver(event: Envelope) {
    for (const name of consumersFor(event["detail-type"])) {
      const consumer = consumers[name];
      if (!consumer) {
        console.error(`No consumer named ${name} for ${event["detail-type"]}`);
        continue;
      }
      const run = runConsumer(name, consumer, event, options)
        .catch((error) => console.error(`Consumer ${name} failed on ${event.id} and could not be parked:`, error))
        .finally(() => inFlight.delete(run));
      inFlight.add(run);
    }
  }

  return {
    install() {
      Bus.setTransport(async (events) => events.forEach(deliver));
    },
    deliver,
    /** Resolves when every delivery started so far (and any it published) has finished. */
    async drain() {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
  };
}
