import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useStaff } from "../actor";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { Bus } from "../bus";
import { isConditionFailed, transaction } from "../db";
import { conflict, forbidden, invalid, notFound } from "../error";
import { newId } from "../id";
import { Settings } from "../settings";
import { Department } from "../staff/roles";
import { mustFromNo } from "../staff/service";
import { supervises } from "../attendance/scope";
import { localDay } from "../attendance/time";
import { FineCounterEntity, FineEntity, FundBalanceEntity, FundEntryEntity, HandoverItemEntity, HandoverMemoEntity } from "./entities";
import { Events } from "./events";
import { announce, prepare } from "./fines";

/**
 * Handover memos (交接备忘录, RULES.md §2): the outgoing shift writes what is still to do for
 * customers; the incoming shift acknowledges each item; open items are carried into every new memo
 * until done; a supervisor may mark one dropped with the loss it caused, which fines whoever had
 * taken it on, by the escalation rule, in the same transaction.
 */
export const MAX_OPEN_ITEMS = 80;

export const Item = z.object({
  itemId: z.string(),
  department: Department,
  state: z.enum(["open", "done", "dropped"]),
  customer: z.string(),
  orderId: z.string().optional(),
  todo: z.string(),
  dueAt: z.string().optional(),
  createdBy: z.string(),
  createdAt: z.string(),
  firstMemoId: z.string(),
  memoId: z.string(),
  carriedOver: z.number(),
  /** The incoming shift has acknowledged it in its latest memo. */
  acknowledged: z.boolean(),
  acknowledgedBy: z.string().optional(),
  acknowledgedAt: z.string().optional(),
  closedBy: z.string().optional(),
  closedAt: z.string().optional(),
  lossFen: z.number().optional(),
  responsibleStaffNo: z.string().optional(),
  fineId: z.string().optional(),
  note: z.string().optional(),
});
export type Item = z.infer<typeof Item>;

export const Memo = z.object({
  memoId: z.string(),
  department: Department,
  writtenBy: z.string(),
  writtenAt: z.string(),
  shiftDay: z.string(),
  shiftCode: z.string().optional(),
  note: z.string().optional(),
  items: z.array(Item),
});
export type Memo = z.infer<typeof Memo>;

export const WriteInput = z.object({
  shiftCode: z.string().min(1).max(20).optional(),
  note: z.string().trim().max(1000).optional(),
  items: z
    .array(
      z.object({
        customer: z.string().trim().min(1).max(100),
        orderId: z.string().trim().min(1).max(40).optional(),
        todo: z.string().trim().min(1).max(1000),
        dueAt: z.string().datetime({ offset: true }).optional(),
      }),
    )
    .max(20),
});

export const DropInput = z.object({
  lossFen: z.number().int().min(0).max(100_000_000),
  /** Who is fined; by default whoever acknowledged it last (took it on), else whoever wrote it. */
  responsibleStaffNo: z.string().regex(/^\d{3,8}$/).optional(),
  note: z.string().trim().min(1).max(1000),
});

type ItemRow = EntityItem<typeof HandoverItemEntity>;

function presentItem(row: ItemRow): Item {
  const { itemId, department, state, customer, orderId, todo, dueAt, createdBy, createdAt, firstMemoId, memoId, carriedOver, acknowledgedBy, acknowledgedAt, closedBy, closedAt, lossFen, responsibleStaffNo, fineId, note } = row;
  return {
    itemId,
    department,
    state,
    customer,
    orderId,
    todo,
    dueAt,
    createdBy,
    createdAt,
    firstMemoId,
    memoId,
    carriedOver,
    acknowledged: row.acknowledgedMemoId === memoId,
    acknowledgedBy,
    acknowledgedAt,
    closedBy,
    closedAt,
    lossFen,
    responsibleStaffNo,
    fineId,
    note,
  };
}

async function me() {
  const actor = useStaff();
  return { actor, person: await mustFromNo(actor.staffNo) };
}

async function openRows(department: Department) {
  const result = await HandoverItemEntity.query.byState({ department, state: "open" }).go({ pages: "all" });
  return result.data;
}

/** The outgoing shift's memo: new items, plus every item still open, carried over. */
export async function write(input: z.input<typeof WriteInput>, now = new Date()): Promise<Memo> {
  const fields = WriteInput.parse(input);
  const { actor, person } = await me();
  const department = person.department;
  const open = await openRows(department);
  if (open.length + fields.items.length > MAX_OPEN_ITEMS) {
    throw conflict("handover.too-many-open", `${open.length} items are still open; close some before adding more (at most ${MAX_OPEN_ITEMS})`);
  }
  if (open.length === 0 && fields.items.length === 0) throw invalid("items", "handover.empty", "Nothing to hand over: no new items and none open");
  const { settings } = await Settings.get();
  const memoId = newId();
  const at = now.toISOString();
  const created = fields.items.map((item) => ({
    itemId: newId(),
    department,
    state: "open" as const,
    ...item,
    dueAt: item.dueAt ? new Date(item.dueAt).toISOString() : undefined,
    createdBy: actor.staffNo,
    createdAt: at,
    firstMemoId: memoId,
    memoId,
    carriedOver: 0,
  }));
  const memo = {
    memoId,
    department,
    writtenBy: actor.staffNo,
    writtenAt: at,
    shiftDay: localDay(now.getTime(), settings.shop.timeZone),
    shiftCode: fields.shiftCode,
    note: fields.note,
    itemIds: [...open.map((r) => r.itemId), ...created.map((r) => r.itemId)],
  };
  try {
    await transaction({ HandoverMemoEntity, HandoverItemEntity, AuditEntity }, (e) => [
      e.HandoverMemoEntity.create(memo).commit(),
      ...created.map((row) => e.HandoverItemEntity.create(row).commit()),
      ...open.map((row) =>
        e.HandoverItemEntity.patch({ itemId: row.itemId })
          .set({ memoId, carriedOver: row.carriedOver + 1 })
          .where((a, op) => `${op.eq(a.state, "open")} AND ${op.eq(a.memoId, row.memoId)}`)
          .commit(),
      ),
      e.AuditEntity.create(Audit.item({ action: "handover.write", target: { type: "handover", id: memoId }, after: { department, new: created.length, carried: open.length } }, now)).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("handover.changed", "Open items changed meanwhile; write the memo again");
    throw error;
  }
  const { itemIds: _ids, ...rest } = memo;
  return { ...rest, items: [...open.map((r) => presentItem({ ...r, memoId, carriedOver: r.carriedOver + 1 })), ...created.map(presentItem)] };
}

async function mustItem(itemId: string) {
  const row = await HandoverItemEntity.get({ itemId }).go({ consistent: true });
  if (!row.data) throw notFound("handover.item-not-found", `No handover item ${itemId}`);
  return row.data;
}

async function assertSameDepartment(row: ItemRow) {
  const { actor, person } = await me();
  if (person.department !== row.department && !supervises(actor.roles, row.department)) {
    throw forbidden("handover.other-department", "Handover items belong to their department");
  }
  return actor;
}

/** The incoming shift takes an item on, in the memo it is now in. */
export async function acknowledge(itemId: string, now = new Date()): Promise<Item> {
  const row = await mustItem(itemId);
  const actor = await assertSameDepartment(row);
  if (row.state !== "open") throw conflict("handover.closed", `Item ${itemId} is ${row.state}`);
  if (row.acknowledgedMemoId === row.memoId) return presentItem(row);
  if (row.createdBy === actor.staffNo && row.carriedOver === 0) throw conflict("handover.own-item", "The incoming shift acknowledges, not the writer");
  const changes = { acknowledgedMemoId: row.memoId, acknowledgedBy: actor.staffNo, acknowledgedAt: now.toISOString() };
  try {
    await transaction({ HandoverItemEntity, AuditEntity }, (e) => [
      e.HandoverItemEntity.patch({ itemId })
        .set(changes)
        .where((a, op) => `${op.eq(a.state, "open")} AND ${op.eq(a.memoId, row.memoId)}`)
        .commit(),
      e.AuditEntity.create(Audit.item({ action: "handover.acknowledge", target: { type: "handover-item", id: itemId }, after: changes }, now)).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("handover.changed", "The item changed meanwhile; reload");
    throw error;
  }
  return presentItem({ ...row, ...changes });
}

export async function complete(itemId: string, note?: string, now = new Date()): Promise<Item> {
  const row = await mustItem(itemId);
  const actor = await assertSameDepartment(row);
  if (row.state !== "open") throw conflict("handover.closed", `Item ${itemId} is ${row.state}`);
  const changes = { state: "done" as const, closedBy: actor.staffNo, closedAt: now.toISOString(), note, department: row.department };
  try {
    await transaction({ HandoverItemEntity, AuditEntity }, (e) => [
      e.HandoverItemEntity.patch({ itemId })
        .set(changes)
        .where((a, op) => op.eq(a.state, "open"))
        .commit(),
      e.AuditEntity.create(Audit.item({ action: "handover.done", target: { type: "handover-item", id: itemId }, note }, now)).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("handover.closed", `Item ${itemId} was closed meanwhile`);
    throw error;
  }
  return presentItem({ ...row, ...changes });
}

/**
 * A supervisor marks an item dropped. When it caused a loss, whoever had taken it on is fined by
 * the handover rule (10 yuan, doubling in the month, the third flagged for HR) in the same
 * transaction as the item's change: a dropped item and its fine exist together or not at all.
 */
export async function drop(itemId: string, input: z.input<typeof DropInput>, now = new Date()): Promise<Item> {
  const fields = DropInput.parse(input);
  const row = await mustItem(itemId);
  const actor = useStaff();
  if (!supervises(actor.roles, row.department)) throw forbidden("handover.not-supervisor", "Only a supervisor marks an item dropped");
  if (row.state !== "open") throw conflict("handover.closed", `Item ${itemId} is ${row.state}`);
  const responsibleStaffNo = fields.responsibleStaffNo ?? row.acknowledgedBy ?? row.createdBy;
  const fine =
    fields.lossFen > 0
      ? await prepare(
          { rule: "handover-dropped", staffNo: responsibleStaffNo, evidence: `handover item ${itemId}: ${row.todo} (customer ${row.customer})`, reason: fields.note },
          { type: "handover-item", id: itemId },
          now,
        )
      : undefined;
  const changes = {
    state: "dropped" as const,
    closedBy: actor.staffNo,
    closedAt: now.toISOString(),
    lossFen: fields.lossFen,
    responsibleStaffNo,
    fineId: fine?.row.fineId,
    note: fields.note,
    department: row.department,
  };
  try {
    await transaction({ HandoverItemEntity, FineEntity, FineCounterEntity, FundEntryEntity, FundBalanceEntity, AuditEntity }, (e) => [
      e.HandoverItemEntity.patch({ itemId })
        .set(changes)
        .where((a, op) => op.eq(a.state, "open"))
        .commit(),
      ...(fine ? fine.writes(e) : []),
      e.AuditEntity.create(Audit.item({ action: "handover.drop", target: { type: "handover-item", id: itemId }, after: changes, note: fields.note }, now)).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("handover.changed", "The item, the fine count or the fund changed meanwhile; try again");
    throw error;
  }
  if (fine) await announce(fine.row);
  await Bus.publish(Events.HandoverDropped.create({ itemId, department: row.department, lossFen: fields.lossFen, responsibleStaffNo, fineId: fine?.row.fineId }));
  return presentItem({ ...row, ...changes });
}

/** Items still open in the caller's department (or one they supervise): what the incoming shift must see. */
export async function open(department?: Department) {
  const { actor, person } = await me();
  const target = department ?? person.department;
  if (target !== person.department && !supervises(actor.roles, target)) throw forbidden("handover.other-department", "Handover items belong to their department");
  return (await openRows(target)).map(presentItem);
}

/** Recent memos of a department with their items, newest first. */
export async function memos(department: Department | undefined, page: { cursor?: string; limit?: number } = {}) {
  const { actor, person } = await me();
  const target = department ?? person.department;
  if (target !== person.department && !supervises(actor.roles, target)) throw forbidden("handover.other-department", "Handover memos belong to their department");
  const result = await HandoverMemoEntity.query.byDepartment({ department: target }).go({ order: "desc", cursor: page.cursor ?? null, limit: page.limit ?? 20 });
  const ids = [...new Set(result.data.flatMap((m) => m.itemIds))];
  const items = new Map<string, Item>();
  for (let i = 0; i < ids.length; i += 100) {
    const batch = await HandoverItemEntity.get(ids.slice(i, i + 100).map((itemId) => ({ itemId }))).go();
    for (const row of batch.data) items.set(row.itemId, presentItem(row));
  }
  return {
    items: result.data.map((m) => ({
      memoId: m.memoId,
      department: m.department,
      writtenBy: m.writtenBy,
      writtenAt: m.writtenAt,
      shiftDay: m.shiftDay,
      shiftCode: m.shiftCode,
      note: m.note,
      items: m.itemIds.map((id) => items.get(id)).filter((x): x is Item => !!x),
    })),
    cursor: result.cursor,
  };
}
