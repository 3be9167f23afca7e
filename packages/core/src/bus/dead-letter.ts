import { isConditionFailed } from "../db";
import { notFound, conflict } from "../error";
import { DeadLetterEntity } from "./entities";
import { Envelope } from "./event";

export type State = "open" | "replayed" | "discarded";

export async function list(input: { state?: State; cursor?: string; limit?: number }) {
  const result = await DeadLetterEntity.query
    .byState({ state: input.state ?? "open" })
    .go({ order: "desc", cursor: input.cursor ?? null, limit: input.limit ?? 50 });
  return { items: result.data.map(present), cursor: result.cursor };
}

export async function fromId(deadLetterId: string) {
  const result = await DeadLetterEntity.get({ deadLetterId }).go({ consistent: true });
  if (!result.data) throw notFound("dead-letter.not-found", `No dead letter ${deadLetterId}`);
  return { ...present(result.data), envelope: Envelope.parse(JSON.parse(result.data.envelope)) };
}

/** Marks a dead letter resolved; fails if someone else resolved it first. */
export async function resolve(deadLetterId: string, state: Exclude<State, "open">) {
  try {
    await DeadLetterEntity.patch({ deadLetterId })
      .set({ state, resolvedAt: new Date().toISOString() })
      .where((attr, op) => op.eq(attr.state, "open"))
      .go();
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    throw conflict("dead-letter.resolved", `Dead letter ${deadLetterId} is no longer open`);
  }
}

function present(item: { deadLetterId: string; consumer: string; eventId: string; detailType: string; error: string; attempts: number; failedAt: string; state: State; resolvedAt?: string }) {
  const { deadLetterId, consumer, eventId, detailType, error, attempts, failedAt, state, resolvedAt } = item;
  return { deadLetterId, consumer, eventId, detailType, error, attempts, failedAt, state, resolvedAt };
}
