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
import { Department, type Role } from "../staff/roles";
import { mustFromNo } from "../staff/service";
import { supervises } from "../attendance/scope";
import { localDay } from "../attendance/time";
import { FineCounterEntity, FineEntity, FundBalanceEntity, FundEntryEntity } from "./entities";
import { Events } from "./events";
import { ESCALATING, FINE_RULES, fineAmount, type FineFacts, type FineRule } from "./fine-rules";
import { assertCanRead, balance, movementWrites } from "./fund";
import type { InTransaction } from "./tx";

const StaffNo = z.string().regex(/^\d{3,8}$/, "3 to 8 digits");
const common = {
  staffNo: StaffNo,
  /** What shows it happened: a chat log reference, an order number, a description. */
  evidence: z.string().trim().min(1).max(2000),
  reason: z.string().trim().max(500).default(""),
};

export const IssueInput = z.discriminatedUnion("rule", [
  z.object({ rule: z.literal("complaint"), ...common }),
  z.object({ rule: z.literal("handover-dropped"), ...common }),
  z.object({ rule: z.literal("reply-delay"), ...common, delaySeconds: z.number().int().min(0).max(86_400), night: z.boolean().default(false) }),
  z.object({ rule: z.literal("order-error-before-production"), ...common, lossFen: z.number().int().min(0).max(100_000_000).default(0) }),
  z.object({ rule: z.literal("order-error-after-production"), ...common, lossFen: z.number().int().min(0).max(100_000_000).default(0) }),
  z.object({ rule: z.literal("late-to-production"), ...common }),
  z.object({ rule: z.literal("free"), ...common, amountFen: z.number().int().min(1).max(100_000_000), reason: z.string().trim().min(1).max(500) }),
]);
export type IssueInput = z.infer<typeof IssueInput>;

export const Info = z.object({
  fineId: z.string(),
  staffNo: z.string(),
  department: Department,
  rule: z.enum(FINE_RULES),
  amountFen: z.number(),
  occurrence: z.number(),
  month: z.string(),
  /** The escalation reached the point where RULES.md ends employment: HR decides; nothing automatic. */
  flagHr: z.boolean(),
  basis: z.string(),
  reason: z.string(),
  evidence: z.string(),
  subjectType: z.string().optional(),
  subjectId: z.string().optional(),
  issuedBy: z.string(),
  issuedAt: z.string(),
  appealState: z.enum(["none", "appealed", "upheld", "overturned"]),
  appealReason: z.string().optional(),
  appealedAt: z.string().optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
  decisionNote: z.string().optional(),
});
export type Info = z.infer<typeof Info>;

export const AppealInput = z.object({ reason: z.string().trim().min(1).max(1000) });
export const DecideAppealInput = z.object({ overturn: z.boolean(), note: z.string().trim().max(500).optional() });

function present(row: EntityItem<typeof FineEntity>): Info {
  const { fineId, staffNo, department, rule, amountFen, occurrence, month, flagHr, basis, reason, evidence, subjectType, subjectId, issuedBy, issuedAt, appealState, appealReason, appealedAt, decidedBy, decidedAt, decisionNote } =
    row;
  return { fineId, staffNo, department, rule, amountFen, occurrence, month, flagHr, basis, reason, evidence, subjectType, subjectId, issuedBy, issuedAt, appealState, appealReason, appealedAt, decidedBy, decidedAt, decisionNote };
}

function facts(input: IssueInput, occurrence: number): FineFacts {
  switch (input.rule) {
    case "complaint":
    case "handover-dropped":
      return { rule: input.rule, occurrence };
    case "reply-delay":
      return { rule: input.rule, delaySeconds: input.delaySeconds, night: input.night };
    case "order-error-before-production":
    case "order-error-after-production":
      return { rule: input.rule, lossFen: input.lossFen };
    case "late-to-production":
      return { rule: input.rule };
    case "free":
      return { rule: input.rule, amountFen: input.amountFen };
  }
}

type FineWriter = {
  FineEntity: InTransaction<typeof FineEntity>;
  FineCounterEntity: InTransaction<typeof FineCounterEntity>;
  FundEntryEntity: InTransaction<typeof FundEntryEntity>;
  FundBalanceEntity: InTransaction<typeof FundBalanceEntity>;
  AuditEntity: InTransaction<typeof AuditEntity>;
};

/**
 * Everything a fine needs read before its transaction: the person, the month's count of this
 * rule, the fund's balance. `writes` then books the fine, the count, the fund entry and the audit
 * entry together (callers such as a dropped handover add their own item to the same transaction).
 */
export async function prepare(raw: z.input<typeof IssueInput>, subject?: { type: string; id: string }, now = new Date()) {
  const input = IssueInput.parse(raw);
  const actor = useStaff();
  const person = await mustFromNo(input.staffNo);
  if (!supervises(actor.roles, person.department)) throw forbidden("fine.not-supervisor", `Only a supervisor of ${person.department} issues fines there`);
  const { settings } = await Settings.get();
  const month = localDay(now.getTime(), settings.shop.timeZone).slice(0, 7);
  const escalating = ESCALATING.includes(input.rule);
  const counter = escalating ? ((await FineCounterEntity.get({ staffNo: person.staffNo, rule: input.rule, month }).go({ consistent: true })).data?.count ?? 0) : 0;
  const amount = fineAmount(facts(input, counter + 1), settings.fines, settings.service);
  if (amount.amountFen <= 0) throw invalid(input.rule === "reply-delay" ? "delaySeconds" : "rule", "fine.nothing-to-fine", `No fine is due: ${amount.basis}`);
  const fund = await balance(person.department);
  const row = {
    fineId: newId(),
    staffNo: person.staffNo,
    department: person.department,
    rule: input.rule,
    amountFen: amount.amountFen,
    occurrence: counter + 1,
    month,
    flagHr: amount.flagHr,
    basis: amount.basis,
    reason: input.reason,
    evidence: input.evidence,
    subjectType: subject?.type,
    subjectId: subject?.id,
    issuedBy: actor.staffNo,
    issuedAt: now.toISOString(),
    appealState: "none" as const,
  };
  const writes = (e: FineWriter) => [
    e.FineEntity.create(row).commit(),
    ...(escalating
      ? [
          e.FineCounterEntity.update({ staffNo: person.staffNo, rule: input.rule, month })
            .set({ count: counter + 1 })
            .where((a, op) => (counter === 0 ? op.notExists(a.count) : op.eq(a.count, counter)))
            .commit(),
        ]
      : []),
    ...movementWrites(e, { department: person.department, kind: "fine", amountFen: row.amountFen, note: `${row.rule}: ${row.basis}`, fineId: row.fineId, staffNo: row.staffNo, by: actor.staffNo }, fund, row.issuedAt).writes,
    e.AuditEntity.create(Audit.item({ action: "fine.issue", target: { type: "fine", id: row.fineId }, after: row }, now)).commit(),
  ];
  return { row, writes, settings };
}

export const FINE_ENTITIES = { FineEntity, FineCounterEntity, FundEntryEntity, FundBalanceEntity, AuditEntity };

/** Announces a booked fine (HR listens for the flagged ones). */
export async function announce(row: Info) {
  await Bus.publish(Events.FineIssued.create({ fineId: row.fineId, staffNo: row.staffNo, department: row.department, rule: row.rule, amountFen: row.amountFen, occurrence: row.occurrence, flagHr: row.flagHr }));
}

export async function issue(raw: z.input<typeof IssueInput>): Promise<Info> {
  // Two fines at once race on the month's count or the fund's balance: the loser re-reads and retries.
  for (let attempt = 1; ; attempt++) {
    const { row, writes } = await prepare(raw);
    try {
      await transaction(FINE_ENTITIES, writes);
      await announce(row);
      return row;
    } catch (error) {
      if (!isConditionFailed(error) || attempt >= 3) throw error;
    }
  }
}

export async function fromId(fineId: string) {
  const row = await FineEntity.get({ fineId }).go({ consistent: true });
  if (!row.data) throw notFound("fine.not-found", `No fine ${fineId}`);
  return present(row.data);
}

/** The fined person appeals, once. */
export async function appeal(fineId: string, input: z.input<typeof AppealInput>): Promise<Info> {
  const fields = AppealInput.parse(input);
  const actor = useStaff();
  const fine = await fromId(fineId);
  if (fine.staffNo !== actor.staffNo) throw forbidden("fine.not-yours", "Only the person fined may appeal");
  if (fine.appealState !== "none") throw conflict("fine.appealed", "This fine was already appealed");
  const changes = { appealState: "appealed" as const, appealReason: fields.reason, appealedAt: new Date().toISOString() };
  try {
    await transaction({ FineEntity, AuditEntity }, (e) => [
      e.FineEntity.patch({ fineId })
        .set(changes)
        .where((a, op) => op.eq(a.appealState, "none"))
        .commit(),
      e.AuditEntity.create(Audit.item({ action: "fine.appeal", target: { type: "fine", id: fineId }, after: changes })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("fine.appealed", "This fine was already appealed");
    throw error;
  }
  return { ...fine, ...changes };
}

/** Rank for "the next level up" (RULES.md §6: the next level up decides appeals). */
const LEVEL: Partial<Record<Role, number>> = { boss: 3, hr: 2, cs_supervisor: 1, warehouse_supervisor: 1 };
const levelOf = (roles: readonly Role[]) => Math.max(0, ...roles.map((r) => LEVEL[r] ?? 0));

/**
 * An appeal is decided a level above whoever issued the fine (a supervisor's fine by HR or the
 * boss, HR's by the boss); never by the issuer or the person fined. Overturning refunds the fund.
 */
export async function decideAppeal(fineId: string, input: z.input<typeof DecideAppealInput>): Promise<Info> {
  const fields = DecideAppealInput.parse(input);
  const actor = useStaff();
  const fine = await fromId(fineId);
  if (fine.appealState !== "appealed") throw conflict("fine.not-appealed", "There is no open appeal on this fine");
  const issuer = await mustFromNo(fine.issuedBy).catch(() => undefined);
  const issuerLevel = issuer ? levelOf(issuer.roles) : 0;
  const mine = levelOf(actor.roles);
  const above = mine > issuerLevel || (issuerLevel === 3 && mine === 3);
  if (!above || actor.staffNo === fine.issuedBy || actor.staffNo === fine.staffNo) {
    throw forbidden("fine.appeal-level", "An appeal is decided by the next level up from whoever issued the fine");
  }
  const now = new Date().toISOString();
  const changes = { appealState: fields.overturn ? ("overturned" as const) : ("upheld" as const), decidedBy: actor.staffNo, decidedAt: now, decisionNote: fields.note };
  const fund = await balance(fine.department);
  try {
    await transaction({ FineEntity, FundEntryEntity, FundBalanceEntity, AuditEntity }, (e) => [
      e.FineEntity.patch({ fineId })
        .set(changes)
        .where((a, op) => op.eq(a.appealState, "appealed"))
        .commit(),
      ...(fields.overturn
        ? movementWrites(e, { department: fine.department, kind: "refund", amountFen: -fine.amountFen, note: `appeal upheld for the staff member: fine ${fineId} refunded`, fineId, staffNo: fine.staffNo, by: actor.staffNo }, fund, now).writes
        : []),
      e.AuditEntity.create(Audit.item({ action: fields.overturn ? "fine.overturn" : "fine.uphold", target: { type: "fine", id: fineId }, before: { appealState: "appealed" }, after: changes, note: fields.note })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("fine.changed", "The fine or the fund changed meanwhile; try again");
    throw error;
  }
  return { ...fine, ...changes };
}

/** A staff member's fines (their own, or as a supervisor of their department). */
export async function forStaff(staffNo: string) {
  const actor = useStaff();
  const person = await mustFromNo(staffNo);
  if (actor.staffNo !== staffNo && !supervises(actor.roles, person.department)) throw forbidden("fine.not-yours", "Only the person or their supervisor may see these fines");
  const result = await FineEntity.query.byStaff({ staffNo }).go({ pages: "all", order: "desc" });
  return result.data.map(present);
}

/** Narrows a department's list: one rule, or only the fines flagged for HR (or only those not). */
export interface ListFilter {
  rule?: FineRule;
  flagHr?: boolean;
}

/** A department's fines, for the whole department to see (the fund is transparent). */
export async function forDepartment(department: Department, page: { cursor?: string; limit?: number } = {}, filter: ListFilter = {}) {
  await assertCanRead(department);
  const { rule, flagHr } = filter;
  const query = FineEntity.query.byDepartment({ department });
  if (rule === undefined && flagHr === undefined) {
    const result = await query.go({ order: "desc", cursor: page.cursor ?? null, limit: page.limit ?? 50 });
    return { items: result.data.map(present), cursor: result.cursor };
  }
  // A filter is applied after DynamoDB reads a page, so a page could come back short or empty:
  // `count` keeps reading until that many match, and the cursor points just past the last one.
  const result = await query
    .where((a, op) => [rule !== undefined ? op.eq(a.rule, rule) : undefined, flagHr !== undefined ? op.eq(a.flagHr, flagHr) : undefined].filter(Boolean).join(" AND "))
    .go({ order: "desc", cursor: page.cursor ?? null, count: page.limit ?? 50 });
  return { items: result.data.map(present), cursor: result.cursor };
}

/** Open appeals, for those who decide them. */
export async function openAppeals() {
  const result = await FineEntity.query.byAppeal({ appealState: "appealed" }).go({ pages: "all" });
  return result.data.map(present);
}
