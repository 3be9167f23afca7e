import { runConsumer } from "@dianwu/core/bus";
import { initCloud } from "../cloud/init";
import { fromEventBridge, type EventBridgeEvent } from "./eventbridge";
import { consumers } from "./index";

/**
 * One Lambda per consumer (DIANWU_CONSUMER names it), invoked by its EventBridge rule. The runner
 * retries and parks failures in the dead-letter list; it throws only if it could not even park
 * the event, and then Lambda's own retries and the SQS dead-letter queue take over.
 */
await initCloud();
const name = process.env.DIANWU_CONSUMER ?? "";
const consumer = consumers[name];
if (!consumer) throw new Error(`Unknown consumer ${name}`);

export async function handler(event: EventBridgeEvent) {
  const outcome = await runConsumer(name, consumer!, fromEventBridge(event));
  console.log(JSON.stringify({ level: "info", consumer: name, eventId: event.detail.meta.id, outcome }));
}
