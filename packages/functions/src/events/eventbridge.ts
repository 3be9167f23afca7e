import type { PutEventsRequestEntry } from "@aws-sdk/client-eventbridge";
import { Envelope } from "@dianwu/core/bus";

/**
 * Our envelope on EventBridge. EventBridge assigns its own id and time on delivery, so ours
 * travel inside Detail (as `meta`) next to the event's own detail; the consumer side unwraps
 * them so consumers see exactly what the local bus gives them.
 */
export function toEntry(envelope: Envelope, busName: string): PutEventsRequestEntry {
  return {
    EventBusName: busName,
    Source: envelope.source,
    DetailType: envelope["detail-type"],
    Time: new Date(envelope.time),
    Detail: JSON.stringify({ detail: envelope.detail, meta: { id: envelope.id, time: envelope.time, actor: envelope.actor } }),
  };
}

export interface EventBridgeEvent {
  id: string;
  source: string;
  "detail-type": string;
  time: string;
  detail: { detail: unknown; meta: { id: string; time: string; actor: unknown } };
}

export function fromEventBridge(event: EventBridgeEvent): Envelope {
  return Envelope.parse({
    id: event.detail.meta.id,
    source: event.source,
    "detail-type": event["detail-type"],
    time: event.detail.meta.time,
    detail: event.detail.detail,
    actor: event.detail.meta.actor,
  });
}
