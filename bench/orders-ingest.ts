/**
 * Shop webhook ingestion on the local runtime over real HTTP: N signed messages (default 20,000)
 * of which 10 % are re-sends of a message already sent and 10 % of the distinct messages arrive
 * after a later message of their own trade. Prints messages per second, and the proof that none
 * was lost or applied twice:
 *   - every distinct message answered 202 once, every re-send 200 "duplicate";
 *   - every distinct message's inbox row says "applied";
 *   - the orders' appliedCount (raised in the same transaction that creates the message's history
 *     row, which exists at most once per message) adds up to the number of distinct messages;
 *   - every order's final state equals the pure reducer's replay of its messages in order;
 *   - nothing in the dead-letter list.
 *
 *   npx tsx bench/orders-ingest.ts [--messages 20000] [--concurrency 16] [--all-consumers]
 *
 * By default the bus delivers only the orders area's own consumer (what follows downstream, parcel
 * matching, is another benchmark); --all-consumers delivers to every consumer as `npm start` does.
 * Consumers run at most --concurrency at a time, as Lambda concurrency bounds them in the cloud.
 */
import { randomBytes } from "node:crypto";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { withActor } from "@dianwu/core/actor";
import { Bus, DeadLetter, runConsumer, type Envelope } from "@dianwu/core/bus";
import { consumers } from "@dianwu/functions/events/index";
import { consumersFor } from "@dianwu/infra/events";
import { decodeState, interpret, OrderEntity, OrderRules, ShopInbox, ShopMessageEntity, toOrderMessage } from "@dianwu/core/orders";
import { ensureTable, startDynamoLocal } from "../packages/local/src/dynamodb-local";
import { serveAll, wire } from "../packages/local/src/runtime";
import { signedHeaders, tmcBody, tradeStory, type StoryOptions, type TmcMessage } from "../packages/local/src/testing/orders";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const { values } = parseArgs({
  options: {
    messages: { type: "string", default: "20000" },
    concurrency: { type: "string", default: "16" },
    "all-consumers": { type: "boolean", default: false },
    seed: { type: "string", default: "20261111" },
  },
});
const TOTAL = Number(values.messages);
const CONCURRENCY = Number(values.concurrency);
const DUPLICATES = Math.round(TOTAL * 0.1);
const DISTINCT = TOTAL - DUPLICATES;

/** A small seeded generator, so every run sends the same shop's day. */
let state = Number(values.seed) >>> 0;
const random = () => ((state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 2 ** 32);
const chance = (p: number) => random() < p;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

function storyOptions(): StoryOptions {
  const paid = chance(0.85);
  const refund = paid && chance(0.25) ? pick(["requested", "agreed", "success"] as const) : undefined;
  return {
    start: new Date(Date.now() - (1 + random() * 5) * 3600_000),
    stepMinutes: 2 + Math.floor(random() * 10),
    pay: paid,
    closeUnpaid: !paid && chance(0.3),
    memo: paid && chance(0.8) ? `#${pick(["1010", "1011", "1012"])} 已核对` : undefined,
    flag: 1,
    addressChange: paid && chance(0.15),
    refund,
    refundAll: refund === "success" && chance(0.5),
    ship: paid && chance(0.6),
    finish: paid && chance(0.3),
  };
}

/* ---- the messages: stories until DISTINCT, in publication order ---- */
const trades: { tid: string; messages: TmcMessage[] }[] = [];
let count = 0;
while (count < DISTINCT) {
  const story = tradeStory(storyOptions());
  const messages = story.messages.slice(0, DISTINCT - count);
  trades.push({ tid: String(story.tid), messages });
  count += messages.length;
}
const inOrder = trades.flatMap((t) => t.messages).sort((a, b) => a.pubTime.getTime() - b.pubTime.getTime());
const tradeOf = new Map(trades.flatMap((t) => t.messages.map((m) => [m.id, t] as const)));

/* ---- delivery order: 10 % of messages after a later message of their trade, 10 % re-sent ---- */
/** Distinct messages delivered after a later message of their own trade (first delivery counts). */
function countOutOfOrder(list: readonly TmcMessage[]) {
  const seen = new Set<bigint>();
  const latestSent = new Map<string, number>();
  let n = 0;
  for (const m of list) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const trade = tradeOf.get(m.id)!;
    const index = trade.messages.indexOf(m);
    if ((latestSent.get(trade.tid) ?? -1) > index) n++;
    latestSent.set(trade.tid, Math.max(latestSent.get(trade.tid) ?? -1, index));
  }
  return n;
}
const delivery = [...inOrder];
const lateTarget = Math.round(DISTINCT * 0.1);
// Move a message to just after the next message of its trade (and a little further), until a
// tenth of them arrive late; moves can undo each other, so count after each round.
for (let round = 0; countOutOfOrder(delivery) < lateTarget && round < 50; round++) {
  const missing = lateTarget - countOutOfOrder(delivery);
  for (let moved = 0, guard = 0; moved < missing && guard < missing * 20; guard++) {
    const m = delivery[Math.floor(random() * delivery.length)]!;
    const siblings = tradeOf.get(m.id)!.messages;
    const next = siblings[siblings.indexOf(m) + 1];
    if (!next) continue;
    const from = delivery.indexOf(m);
    const after = delivery.indexOf(next);
    if (after < from) continue;
    delivery.splice(from, 1);
    delivery.splice(Math.min(delivery.length, after + Math.floor(random() * 20)), 0, m);
    moved++;
  }
}
for (let i = 0; i < DUPLICATES; i++) {
  const at = 1 + Math.floor(random() * (delivery.length - 1));
  delivery.splice(at, 0, delivery[Math.floor(random() * at)]!);
}
const outOfOrder = countOutOfOrder(delivery);

/* ---- the runtime ---- */
const dynamo = await startDynamoLocal();
const table = `bench_${randomBytes(3).toString("hex")}`;
await ensureTable(dynamo.endpoint, table);
const secret = randomBytes(24).toString("base64url");
wire({ endpoint: dynamo.endpoint, table, secrets: { sessionSecret: randomBytes(32).toString("base64url"), webhookSecret: secret } });

/**
 * The bus for this run: the same routing rules, consumers and runner as the local bus, but at most
 * CONCURRENCY consumer runs at a time (as Lambda's concurrency bounds them in the cloud), so the
 * backlog waits in a queue instead of piling onto DynamoDB Local all at once.
 */
const queue: { name: string; event: Envelope }[] = [];
let running = 0;
let idle: (() => void) | undefined;
function pump() {
  while (running < CONCURRENCY && queue.length) {
    const { name, event } = queue.shift()!;
    running++;
    runConsumer(name, consumers[name]!, event)
      .catch((error) => console.error(`${name} could not apply or park ${event.id}:`, error))
      .finally(() => {
        running--;
        pump();
        if (running === 0 && queue.length === 0) idle?.();
      });
  }
}
Bus.setTransport(async (events) => {
  for (const event of events) {
    for (const name of consumersFor(event["detail-type"])) {
      if (values["all-consumers"] || name === "orders-apply") queue.push({ name, event });
    }
  }
  pump();
});
const drain = () => (running === 0 && queue.length === 0 ? Promise.resolve() : new Promise<void>((resolve) => (idle = resolve)));
const { server, port } = await serveAll({ port: 0, hostname: "127.0.0.1" });
// Node closes idle keep-alive sockets after 5 s, racing the client that reuses them; keep them longer.
Object.assign(server, { keepAliveTimeout: 120_000, headersTimeout: 121_000 });
const url = `http://127.0.0.1:${port}/api/webhooks/shop`;

console.log(
  `orders-ingest: ${TOTAL} messages (${DISTINCT} distinct, ${DUPLICATES} re-sent, ${outOfOrder} delivered after a later message of their trade), ` +
    `${trades.length} trades, ${CONCURRENCY} in flight, consumers: ${values["all-consumers"] ? "all" : "orders only"}`,
);

/* ---- send ---- */
const statuses = new Map<number, number>();
/** Per message id: how many sends were answered "accepted" and "duplicate". */
const answers = new Map<string, { accepted: number; duplicate: number }>();
const failures: string[] = [];
let networkRetries = 0;
/** As the platform does: a send that got no answer (connection reset) is sent again. */
async function send(body: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { method: "POST", headers: signedHeaders(body, secret), body });
    } catch (error) {
      if (attempt >= 5) throw error;
      networkRetries++;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
const started = performance.now();
let cursor = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (cursor < delivery.length) {
      const m = delivery[cursor++]!;
      const response = await send(tmcBody(m));
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const json = (await response.json()) as { outcome?: "accepted" | "duplicate"; code?: string };
      if (!json.outcome) {
        failures.push(`${response.status} ${json.code}`);
        continue;
      }
      const entry = answers.get(String(m.id)) ?? { accepted: 0, duplicate: 0 };
      entry[json.outcome]++;
      answers.set(String(m.id), entry);
    }
  }),
);
const acceptedOnce = [...answers.values()].filter((a) => a.accepted === 1).length;
const acceptedTwice = [...answers.values()].filter((a) => a.accepted > 1).length;
const duplicates = [...answers.values()].reduce((sum, a) => sum + a.duplicate, 0);
const acked = performance.now();
await drain();
const applied = performance.now();

/* ---- the proof ---- */
const distinctIds = [...new Set(delivery.map((m) => String(m.id)))];
const inbox = await ShopMessageEntity.get(distinctIds.map((messageId) => ({ messageId }))).go({ concurrency: 4 });
const inboxApplied = inbox.data.filter((row) => row.state === "applied").length;
const orders = await OrderEntity.get(trades.map((t) => ({ tid: t.tid }))).go({ concurrency: 4 });
const byTid = new Map(orders.data.map((row) => [row.tid, row]));
const appliedSum = orders.data.reduce((sum, row) => sum + row.appliedCount, 0);
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value));
const mismatched: string[] = [];
for (const trade of trades) {
  const expected = OrderRules.applyAll(
    undefined,
    trade.messages.map((m) => {
      const i = interpret(ShopInbox.parseShopMessage(tmcBody(m)));
      if (i.kind !== "order") throw new Error(i.reason);
      return toOrderMessage(i);
    }),
  );
  const row = byTid.get(trade.tid);
  if (!row || !isDeepStrictEqual(roundTrip(decodeState(row.state)), roundTrip(expected))) mismatched.push(trade.tid);
}
const deadLetters = (await withActor({ type: "system", reason: "bench" }, () => DeadLetter.list({ limit: 200 }))).items.length;

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
console.log(`
responses           ${[...statuses].map(([s, n]) => `${s}×${n}`).join(", ")}${failures.length ? `  failures: ${failures.slice(0, 5).join("; ")}` : ""}${networkRetries ? `  (${networkRetries} sends repeated after a connection reset)` : ""}
acknowledged        ${TOTAL} in ${seconds(acked - started)} s → ${rate(TOTAL, acked - started)} messages/s (HTTP, verify + store + publish)
applied             all by ${seconds(applied - started)} s → ${rate(TOTAL, applied - started)} messages/s end to end (${rate(DISTINCT, applied - started)} distinct applied/s)
proof
  accepted once     ${acceptedOnce} of ${DISTINCT} distinct, ${acceptedTwice} accepted twice ${acceptedOnce === DISTINCT && acceptedTwice === 0 ? "✓" : "✗"}
  re-sends refused  ${duplicates} answered "duplicate" (${DUPLICATES} re-sent${networkRetries ? ` + ${networkRetries} repeated` : ""}) ${duplicates >= DUPLICATES && duplicates <= DUPLICATES + networkRetries ? "✓" : "✗"}
  inbox applied     ${inboxApplied} of ${DISTINCT} ${inboxApplied === DISTINCT ? "✓" : "✗"}
  applied count     ${appliedSum} (sum over ${orders.data.length} orders) = ${DISTINCT} distinct ${appliedSum === DISTINCT ? "✓" : "✗"}
  final states      ${trades.length - mismatched.length} of ${trades.length} equal the in-order replay ${mismatched.length === 0 ? "✓" : `✗ (${mismatched.slice(0, 3).join(", ")})`}
  dead letters      ${deadLetters} ${deadLetters === 0 ? "✓" : "✗"}`);

server.close();
await dynamo.stop();
const ok = acceptedOnce === DISTINCT && acceptedTwice === 0 && failures.length === 0 && inboxApplied === DISTINCT && appliedSum === DISTINCT && mismatched.length === 0 && deadLetters === 0;
process.exit(ok ? 0 : 1);
