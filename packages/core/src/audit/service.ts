import type { EntityItem } from "electrodb";
import { describeActor } from "../actor";
import { newId } from "../id";
import { AuditEntity } from "./entities";

/**
 * Audit entries are listed by the shop's business day, not the UTC date: a Shanghai evening and
 * the next morning's 07:00 are different days for the people reading the log. The settings
 * service keeps this current whenever it reads the shop's time zone.
 */
let shopTimeZone = "Asia/Shanghai";

export function setTimeZone(timeZone: string) {
  shopTimeZone = timeZone;
}

/** The calendar day (YYYY-MM-DD) of an instant in the shop's time zone. */
export function shopDay(at: Date, timeZone = shopTimeZone) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export interface Change {
  action: string;
  target: { type: string; id: string };
  before?: unknown;
  after?: unknown;
  note?: string;
}

/**
 * The audit item for a change, for callers that write it in the same transaction as the change
 * (`AuditEntity.create(Audit.item(...)).commit()`), which is how "nothing changed without a trace"
 * holds even when the process dies between two writes.
 */
export function item(change: Change, now = new Date()) {
  const actor = describeActor();
  return {
    auditId: newId(),
    at: now.toISOString(),
    day: shopDay(now),
    action: change.action,
    targetType: change.target.type,
    targetId: change.target.id,
    actorType: actor.actorType,
    staffNo: actor.staffNo ?? "-",
    deviceId: actor.deviceId,
    actorName: actor.actorName,
    before: change.before === undefined ? undefined : JSON.stringify(change.before),
    after: change.after === undefined ? undefined : JSON.stringify(change.after),
    note: change.note,
  };
}

/**
 * Records a change on its own, for mutations that are a single write already done. A put, not a
 * conditional create: the key holds a fresh ULID, and the SDK may resend a write whose answer was
 * lost on a busy machine; a create would then fail against its own first attempt.
 */
export async function record(change: Change) {
  await AuditEntity.put(item(change)).go();
}

export type Entry = ReturnType<typeof present>;

function present(row: EntityItem<typeof AuditEntity>) {
  return {
    ...row,
    staffNo: row.staffNo === "-" ? undefined : row.staffNo,
    before: row.before ? JSON.parse(row.before) : undefined,
    after: row.after ? JSON.parse(row.after) : undefined,
  };
}

interface Page {
  cursor?: string;
  limit?: number;
}

export async function byTarget(target: { type: string; id: string }, page: Page = {}) {
  const result = await AuditEntity.query
    .byTarget({ targetType: target.type, targetId: target.id })
    .go({ order: "desc", cursor: page.cursor ?? null, limit: page.limit ?? 50 });
  return { items: result.data.map(present), cursor: result.cursor };
}

export async function byStaff(staffNo: string, page: Page = {}) {
  const result = await AuditEntity.query
    .byStaff({ staffNo })
    .go({ order: "desc", cursor: page.cursor ?? null, limit: page.limit ?? 50 });
  return { items: result.data.map(present), cursor: result.cursor };
}

/** One business day of the shop (in its time zone), newest first. */
export async function byDay(day: string, page: Page = {}) {
  const result = await AuditEntity.query
    .byDay({ day })
    .go({ order: "desc", cursor: page.cursor ?? null, limit: page.limit ?? 50 });
  return { items: result.data.map(present), cursor: result.cursor };
}
