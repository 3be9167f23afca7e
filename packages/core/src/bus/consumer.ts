import { withActor } from "../actor";
import { isConditionFailed } from "../db";
import { newId } from "../id";
import { DeadLetterEntity, ProcessedEventEntity } from "./entities";
import type { Envelope } from "./event";

export type Consumer = (event: Envelope) => Promise<void>;

/** How long an applied event id is remembered: longer than any redelivery window we rely on. */
const PROCESSED_TTL_SECONDS = 7 * 24 * 3600;

export interface RunOptions {
  attempts?: number;
  backoffMs?: number;
}

/**
 * Runs one consumer on one event, the same way in the cloud and locally:
 * skip if this consumer already applied this event id; retry a few times; if it still fails,
 * park the event in the dead-letter list (and report success to the transport, so EventBridge
 * does not retry what we already parked). Throws only when even parking failed, which hands the
 * event to the transport's own retry and dead-letter queue.
 */
export async function runConsumer(
  name: string,
  consumer: Consumer,
  event: Envelope,
  options: RunOptions = {},
): Promise<"applied" | "duplicate" | "dead-lettered"> {
  const attempts = options.attempts ?? 3;
  const seen = await ProcessedEventEntity.get({ consumer: name, eventId: event.id }).go({ consistent: true });
  if (seen.data) return "duplicate";

  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await withActor(event.actor, () => consumer(event));
      await markProcessed(name, event.id);
      return "applied";
    } catch (error) {
      lastError = error;
      if (attempt < attempts) await sleep((options.backoffMs ?? 50) * 2 ** (attempt - 1));
    }
  }
  await DeadLetterEntity.create({
    deadLetterId: newId(),
    consumer: name,
    eventId: event.id,
    detailType: event["detail-type"],
    envelope: JSON.stringify(event),
    error: describeError(lastError),
    attempts,
    failedAt: new Date().toISOString(),
  }).go();
  return "dead-lettered";
}

async function markProcessed(consumer: string, eventId: string) {
  try {
    await ProcessedEventEntity.create({
      consumer,
      eventId,
      processedAt: new Date().toISOString(),
      expiresAt: Math.floor(Date.now() / 1000) + PROCESSED_TTL_SECONDS,
    }).go();
  } catch (error) {
    // A concurrent delivery marked it first: the consumer's own writes are idempotent, so fine.
    if (!isConditionFailed(error)) throw error;
  }
}

function describeError(error: unknown) {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 2000);
  return String(error).slice(0, 2000);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
