import * as z from "zod";
import { Bus } from "../bus";
import { isConditionFailed } from "../db";
import { invalid } from "../error";
import { applyMessage } from "./apply";
import { ShopMessageEntity } from "./entities";
import { Events } from "./events";
import { parseExact } from "./exact-json";
import { PlatformId, PlatformTime } from "./platform";
import { interpret, tidOf, toOrderMessage, type ShopMessage } from "./topics";
import { useTradeSource } from "./trade-source";

/**
 * The shop platform's messages in and out of the inbox: the webhook stores a message and puts its
 * id on the bus (and answers); the orders-apply consumer does the work. A message id seen before is
 * acknowledged but not stored or applied again, for as long as the inbox row lives.
 */

/** How long a message id is remembered for dedup: more than the 72 hours the platform may redeliver in. */
export const RETENTION_DAYS = 7;

const Envelope = z.object({
  id: PlatformId,
  topic: z.string().min(1).max(100),
  pub_time: PlatformTime,
  user_nick: z.string().max(200).optional(),
  // TMC sends the content as a JSON string inside the JSON; an object is accepted too.
  content: z.union([z.string(), z.record(z.string(), z.unknown())]),
});

/**
 * Reads a message from the exact request body. The ids never pass through a JS number: the text is
 * parsed with long integers kept as strings, and so is the content string inside it.
 */
export function parseShopMessage(body: string): ShopMessage & { sellerNick?: string } {
  let raw: unknown;
  try {
    raw = parseExact(body);
  } catch {
    throw invalid("body", "webhook.malformed-json", "The body is not JSON");
  }
  const parsed = Envelope.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.path.join(".") || "body", "webhook.invalid-message", issue.message);
  }
  const { id, topic, pub_time, user_nick, content } = parsed.data;
  let parsedContent: unknown = content;
  if (typeof content === "string") {
    try {
      parsedContent = content === "" ? {} : parseExact(content);
    } catch {
      throw invalid("content", "webhook.malformed-content", "content is not a JSON string");
    }
  }
  if (typeof parsedContent !== "object" || parsedContent === null || Array.isArray(parsedContent)) {
    throw invalid("content", "webhook.malformed-content", "content must hold a JSON object");
  }
  return { messageId: id, topic, publishedAt: pub_time, sellerNick: user_nick, content: parsedContent as Record<string, unknown> };
}

/** Stores a message (once) and hands it to the consumer; the answer says whether it was new. */
export async function receive(body: string): Promise<{ messageId: string; outcome: "accepted" | "duplicate" }> {
  const message = parseShopMessage(body);
  const { messageId } = message;
  const now = new Date();
  try {
    await ShopMessageEntity.create({
      messageId,
      topic: message.topic,
      publishedAt: message.publishedAt,
      sellerNick: message.sellerNick,
      tid: tidOf(message.content),
      body,
      receivedAt: now.toISOString(),
      state: "received",
      expiresAt: Math.floor(now.getTime() / 1000) + RETENTION_DAYS * 86_400,
    }).go();
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    const stored = (await ShopMessageEntity.get({ messageId }).go({ consistent: true })).data;
    // Stored but perhaps never handed on (the bus failed after the store, and the platform retried):
    // hand it on again. Applying is idempotent, so a second hand-over costs a read, nothing more.
    if (stored?.state === "received") await Bus.publish(Events.MessageReceived.create({ messageId }));
    return { messageId, outcome: "duplicate" };
  }
  await Bus.publish(Events.MessageReceived.create({ messageId }));
  return { messageId, outcome: "accepted" };
}

/** The consumer's work: complete the message from the trade source and apply it to its order. */
export async function process(messageId: string): Promise<"applied" | "duplicate" | "ignored" | "gone"> {
  const stored = (await ShopMessageEntity.get({ messageId }).go({ consistent: true })).data;
  if (!stored) return "gone";
  if (stored.state === "applied") return "duplicate";
  if (stored.state === "ignored") return "ignored";
  const interpretation = interpret(parseShopMessage(stored.body));
  if (interpretation.kind === "ignored") {
    await ShopMessageEntity.patch({ messageId }).set({ state: "ignored", note: interpretation.reason }).go();
    return "ignored";
  }
  const trade = await useTradeSource().fullTrade(interpretation.tid, { embedded: interpretation.embeddedTrade });
  const result = await oneAtATime(interpretation.tid, () =>
    applyMessage(toOrderMessage(interpretation, trade), { source: "platform", inboxMessageId: messageId }),
  );
  return result.outcome;
}

/**
 * Messages of one order applied in this process wait for each other instead of colliding on the
 * version check and retrying (a burst of one trade's messages would otherwise mostly retry).
 * Across processes (Lambda containers) the version check still decides.
 */
const queues = new Map<string, Promise<unknown>>();
async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  try {
    return await run;
  } finally {
    if (queues.get(key) === settled) queues.delete(key);
  }
}

/** A stored message, for the order detail and for checks. */
export async function fromId(messageId: string) {
  return (await ShopMessageEntity.get({ messageId }).go({ consistent: true })).data;
}
