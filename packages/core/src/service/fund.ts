import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useStaff } from "../actor";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { isConditionFailed, transaction } from "../db";
import { conflict, forbidden } from "../error";
import { newId } from "../id";
import { Department } from "../staff/roles";
import { mustFromNo } from "../staff/service";
import { supervises } from "../attendance/scope";
import { FundBalanceEntity, FundEntryEntity } from "./entities";
import type { InTransaction } from "./tx";

/**
 * The department fund (部门基金): fines flow in, team spending and appeal refunds flow out. Each
 * entry moves the balance item with a condition on the balance read, in one transaction, so the
 * ledger's running balance is exact and spending never overdraws it.
 */
export const Entry = z.object({
  department: Department,
  entryId: z.string(),
  at: z.string(),
  kind: z.enum(["fine", "spending", "refund"]),
  amountFen: z.number(),
  balanceFen: z.number(),
  note: z.string(),
  fineId: z.string().optional(),
  staffNo: z.string().optional(),
  by: z.string(),
});
export type Entry = z.infer<typeof Entry>;

export const SpendInput = z.object({
  amountFen: z.number().int().min(1).max(100_000_000),
  note: z.string().trim().min(1).max(500),
});

export async function balance(department: Department) {
  const row = await FundBalanceEntity.get({ department }).go({ consistent: true });
  return { balanceFen: row.data?.balanceFen ?? 0, entries: row.data?.entries ?? 0 };
}

export interface Movement {
  department: Department;
  kind: Entry["kind"];
  amountFen: number;
  note: string;
  fineId?: string;
  staffNo?: string;
  by: string;
}

type Writer = {
  FundEntryEntity: InTransaction<typeof FundEntryEntity>;
  FundBalanceEntity: InTransaction<typeof FundBalanceEntity>;
};

/** The writes that book one movement, for a caller's transaction; `current` is the balance read. */
export function movementWrites(e: Writer, movement: Movement, current: { balanceFen: number; entries: number }, now: string) {
  const next = current.balanceFen + movement.amountFen;
  const entry = {
    department: movement.department,
    entryId: newId(),
    at: now,
    kind: movement.kind,
    amountFen: movement.amountFen,
    balanceFen: next,
    note: movement.note,
    fineId: movement.fineId,
    staffNo: movement.staffNo,
    by: movement.by,
  };
  const move = e.FundBalanceEntity.update({ department: movement.department })
    .set({ balanceFen: next, entries: current.entries + 1 })
    .where((a, op) => (current.entries === 0 ? op.notExists(a.entries) : op.eq(a.entries, current.entries)));
  return { entry, writes: [e.FundEntryEntity.create(entry).commit(), move.commit()] };
}

/** Team spending out of the fund, by a supervisor of the department. */
export async function spend(department: Department, input: z.input<typeof SpendInput>): Promise<Entry> {
  const fields = SpendInput.parse(input);
  const actor = useStaff();
  if (!supervises(actor.roles, department)) throw forbidden("fund.not-supervisor", `Only a supervisor of ${department} spends its fund`);
  const current = await balance(department);
  if (current.balanceFen < fields.amountFen) {
    throw conflict("fund.insufficient", `The fund holds ${current.balanceFen} fen, less than ${fields.amountFen}`, { balanceFen: current.balanceFen });
  }
  const now = new Date().toISOString();
  let booked: Entry | undefined;
  try {
    await transaction({ FundEntryEntity, FundBalanceEntity, AuditEntity }, (e) => {
      const { entry, writes } = movementWrites(e, { department, kind: "spending", amountFen: -fields.amountFen, note: fields.note, by: actor.staffNo }, current, now);
      booked = entry;
      return [
        ...writes,
        e.AuditEntity.create(Audit.item({ action: "fund.spend", target: { type: "fund", id: department }, after: entry, note: fields.note })).commit(),
      ];
    });
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("fund.changed", "The fund moved meanwhile; try again");
    throw error;
  }
  return booked!;
}

function present(row: EntityItem<typeof FundEntryEntity>): Entry {
  const { department, entryId, at, kind, amountFen, balanceFen, note, fineId, staffNo, by } = row;
  return { department, entryId, at, kind, amountFen, balanceFen, note, fineId, staffNo, by };
}

/** Everyone in the department (and its supervisors) may read the ledger: that is its point. */
export async function assertCanRead(department: Department) {
  const actor = useStaff();
  if (supervises(actor.roles, department)) return;
  const me = await mustFromNo(actor.staffNo);
  if (me.department !== department) throw forbidden("fund.other-department", "The fund is visible to its own department");
}

export async function ledger(department: Department, page: { cursor?: string; limit?: number } = {}) {
  await assertCanRead(department);
  const result = await FundEntryEntity.query
    .byDepartment({ department })
    .go({ order: "desc", cursor: page.cursor ?? null, limit: page.limit ?? 50 });
  return { ...(await balance(department)), items: result.data.map(present), cursor: result.cursor };
}

export async function all(department: Department) {
  await assertCanRead(department);
  const result = await FundEntryEntity.query.byDepartment({ department }).go({ pages: "all" });
  return result.data.map(present);
}
