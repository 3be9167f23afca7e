import { describeActor } from "../actor";
import { ttlCache } from "../cache";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { Bus } from "../bus";
import { transaction, TransactionCanceled } from "../db";
import { Settings } from "../settings";
import { InterceptEntity, OrderEntity, OrderHistoryEntity, SaleCreditEntity, ShopMessageEntity } from "./entities";
import { Events } from "./events";
import { apply, awaitsShipping, everPaid, interceptsOf, statusOf, type InterceptView, type OrderMessage, type OrderState } from "./rules";
import { conventionsOf, creditOf, monthIn, payloadOf, placedAt, receiverWithKey, type Conventions } from "./view";

/**
 * Applies one message to the stored order: read, reduce, and write back in one transaction with a
 * version check, together with the message's history row (created only if absent: a redelivered
 * message is recognised here and applied once only), the inbox row's mark, the sale credit and the
 * intercept rows that changed, and an audit entry for staff actions. Events go out after the write.
 * Two consumers applying messages of one trade at once: the loser re-reads and applies again.
 */
export type Source = "platform" | "staff" | "system" | "import";

export interface ApplyOptions {
  source: Source;
  /** The webhook inbox row this message came from; marked applied in the same transaction. */
  inboxMessageId?: string;
  /** An audit entry for a staff action on the order. */
  audit?: { action: string; note?: string; after?: unknown };
  /** Checks the order as read before the change; throws to refuse it (e.g. nothing to release). */
  guard?: (order: OrderState | undefined) => void;
}

export interface Applied {
  outcome: "applied" | "duplicate";
  state: OrderState;
  version: number;
  appliedCount: number;
}

const MAX_ATTEMPTS = 40;

export function decodeState(json: string): OrderState {
  return JSON.parse(json) as OrderState;
}

/**
 * The settings as the write path sees them: read at most every few seconds, because every applied
 * message needs them and a settings change taking a few seconds to reach the consumers is fine
 * (reads for the console pass `fresh`).
 */
const conventionsCache = ttlCache<"conventions", Conventions>(5_000, 1);

export async function loadConventions(options: { fresh?: boolean } = {}): Promise<Conventions> {
  const load = async () => conventionsOf((await Settings.get()).settings);
  return options.fresh ? load() : conventionsCache.get("conventions", load);
}

export async function applyMessage(message: OrderMessage, options: ApplyOptions): Promise<Applied> {
  const conventions = await loadConventions();
  for (let attempt = 1; ; attempt++) {
    const row = (await OrderEntity.get({ tid: message.tid }).go({ consistent: true })).data;
    const before = row ? decodeState(row.state) : undefined;
    options.guard?.(before);
    const after = apply(before, message);
    const version = (row?.version ?? 0) + 1;
    const appliedCount = (row?.appliedCount ?? 0) + 1;
    const now = new Date().toISOString();
    const item = orderItem(after, { version, appliedCount, now }, conventions);
    const creditChange = changedCredit(before, after, conventions);
    const interceptRows = changedIntercepts(before, after).map((view) => interceptRow(after, view, now));
    try {
      await transaction(
        { OrderEntity, OrderHistoryEntity, ShopMessageEntity, SaleCreditEntity, InterceptEntity, AuditEntity },
        (e) => [
          row ? e.OrderEntity.put(item).where((a, op) => op.eq(a.version, row.version)).commit() : e.OrderEntity.create(item).commit(),
          e.OrderHistoryEntity.create({
            tid: message.tid,
            at: message.at,
            messageId: message.id,
            topic: message.topic,
            source: options.source,
            actor: actorLabel(),
            statusAfter: statusOf(after),
            summary: summarise(before, after),
            appliedAt: now,
          }).commit(),
          ...(options.inboxMessageId ? [e.ShopMessageEntity.patch({ messageId: options.inboxMessageId }).set({ state: "applied" }).commit()] : []),
          ...(creditChange === undefined
            ? []
            : creditChange === null
              ? [e.SaleCreditEntity.delete({ tid: message.tid }).commit()]
              : [e.SaleCreditEntity.put({ tid: message.tid, ...creditChange, updatedAt: now }).commit()]),
          ...interceptRows.map((r) => e.InterceptEntity.put(r).commit()),
          ...(options.audit
            ? [
                e.AuditEntity.create(
                  Audit.item({ action: options.audit.action, target: { type: "order", id: message.tid }, after: options.audit.after, note: options.audit.note }),
                ).commit(),
              ]
            : []),
        ],
      );
    } catch (error) {
      if (error instanceof TransactionCanceled) {
        if (error.reasons[1]?.code === "ConditionalCheckFailed") {
          return { outcome: "duplicate", state: before ?? after, version: row?.version ?? 0, appliedCount: row?.appliedCount ?? 0 };
        }
        if (error.reasons[0]?.code === "ConditionalCheckFailed" && attempt < MAX_ATTEMPTS) {
          await sleep(Math.random() * Math.min(200, 5 * 2 ** attempt));
          continue;
        }
      }
      throw error;
    }
    await Bus.publish(...eventsFor(before, after, version));
    return { outcome: "applied", state: after, version, appliedCount };
  }
}

function orderItem(o: OrderState, meta: { version: number; appliedCount: number; now: string }, c: Conventions) {
  const createdAt = placedAt(o);
  return {
    tid: o.tid,
    version: meta.version,
    appliedCount: meta.appliedCount,
    orderStatus: statusOf(o),
    buyerNick: o.buyerNick?.value || "-",
    createdAt,
    orderMonth: monthIn(createdAt, c.timeZone),
    sellerFlag: o.flag?.value ?? 0,
    intercepted: interceptsOf(o).some((i) => i.state === "open"),
    chased: Object.keys(o.chases).length > 0,
    state: JSON.stringify(o),
    updatedAt: meta.now,
  };
}

/** undefined: no change; null: the credit goes away (no number any more); otherwise the new credit. */
function changedCredit(before: OrderState | undefined, after: OrderState, c: Conventions) {
  const was = before ? creditOf(before, c) : undefined;
  const now = creditOf(after, c);
  if (JSON.stringify(was) === JSON.stringify(now)) return undefined;
  return now ?? null;
}

function changedIntercepts(before: OrderState | undefined, after: OrderState): InterceptView[] {
  const previous = new Map((before ? interceptsOf(before) : []).map((v) => [v.id, JSON.stringify(v)]));
  return interceptsOf(after).filter((v) => previous.get(v.id) !== JSON.stringify(v));
}

function interceptRow(o: OrderState, v: InterceptView, now: string) {
  return {
    tid: o.tid,
    interceptId: v.id,
    reason: v.reason,
    at: v.at,
    interceptState: v.state,
    buyerNick: o.buyerNick?.value,
    receiverName: o.receiver?.value.name,
    releasedAt: v.releasedAt,
    releasedBy: v.releasedBy,
    note: v.note,
    updatedAt: now,
  };
}

function actorLabel() {
  const actor = describeActor();
  return actor.staffNo ?? actor.actorName ?? actor.actorType;
}

/** One line for the history: which parts of the order the message moved. */
function summarise(before: OrderState | undefined, after: OrderState) {
  if (!before) return `created as ${statusOf(after)}`;
  const parts: string[] = [];
  if (statusOf(before) !== statusOf(after)) parts.push(`status ${statusOf(before)} → ${statusOf(after)}`);
  const same = (pick: (o: OrderState) => unknown) => JSON.stringify(pick(before)) === JSON.stringify(pick(after));
  if (!same((o) => o.memo?.value)) parts.push("memo");
  if (!same((o) => o.flag?.value)) parts.push("flag");
  if (!same((o) => o.receiver?.value)) parts.push("receiver");
  if (!same((o) => o.snapshot?.value.lines)) parts.push("lines");
  if (!same((o) => o.refunds)) parts.push("refunds");
  if (!same(interceptsOf)) parts.push("intercepts");
  if (!same((o) => o.chases)) parts.push("chase");
  if (!same((o) => o.read)) parts.push("read by order-making");
  if (!same((o) => o.additions)) parts.push("additions");
  if (!same((o) => o.steps)) parts.push("warehouse step");
  return parts.length ? parts.join("; ") : "no change";
}

const PAYLOAD_FIELDS = ["status", "receiver", "lines", "sellerMemo", "sellerFlag", "buyerMessage", "intercepted"] as const;

/** The events a change calls for, decided by comparing the order before and after. */
export function eventsFor(before: OrderState | undefined, after: OrderState, version: number) {
  const events = [];
  const payload = payloadOf(after, version);
  const knownPaid = before !== undefined && everPaid(before);
  if (!knownPaid && awaitsShipping(after)) {
    events.push(Events.Paid.create(payload));
  } else if (knownPaid) {
    const previous = payloadOf(before, version);
    const changes = PAYLOAD_FIELDS.filter((f) => JSON.stringify(previous[f]) !== JSON.stringify(payload[f]));
    if (changes.length) events.push(Events.Changed.create({ ...payload, changes: [...changes] }));
  }

  const wasOpen = new Map((before ? interceptsOf(before) : []).filter((i) => i.state === "open").map((i) => [i.id, i]));
  const nowViews = interceptsOf(after);
  const opened = nowViews.filter((i) => i.state === "open" && !wasOpen.has(i.id));
  if (opened.length) {
    events.push(Events.Intercepted.create({ tid: after.tid, version, intercepts: opened.map(({ id, reason, at }) => ({ id, reason, at })) }));
  }
  // An intercept ended by the trade closing is not a go-ahead: the parcel goes with the order (orders.changed).
  const closed = nowViews.filter((i) => i.state !== "open" && i.state !== "order-closed" && wasOpen.has(i.id));
  if (closed.length) {
    const released = closed.filter((i) => i.state === "released");
    events.push(
      Events.Released.create({
        tid: after.tid,
        version,
        interceptIds: closed.map((i) => i.id),
        releasedBy: released[0]?.releasedBy ?? "system",
        reprintWaybill: released.some((i) => i.reason === "address-changed"),
        receiver: receiverWithKey(after.receiver?.value),
        note: released[0]?.note ?? (released.length ? undefined : "the goods had left before the request"),
      }),
    );
  }
  return events;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
