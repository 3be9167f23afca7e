import { defineEntity } from "../db";
import { DEPARTMENTS } from "../staff/roles";
import { FINE_RULES } from "./fine-rules";

/**
 * A fine (罚款): who, which rule, how much (fen), the evidence, who issued it, and its appeal.
 * Read by staff member, by department (the fund's transparency) and by appeal state (the inbox of
 * those who decide appeals).
 */
export const FineEntity = defineEntity({
  model: { entity: "fine", version: "1", service: "dianwu" },
  attributes: {
    fineId: { type: "string", required: true, readOnly: true },
    staffNo: { type: "string", required: true, readOnly: true },
    department: { type: DEPARTMENTS, required: true, readOnly: true },
    rule: { type: FINE_RULES, required: true, readOnly: true },
    amountFen: { type: "number", required: true, readOnly: true },
    /** The n-th of its rule this calendar month (escalating rules), else 1. */
    occurrence: { type: "number", required: true, readOnly: true },
    month: { type: "string", required: true, readOnly: true },
    flagHr: { type: "boolean", required: true, readOnly: true },
    basis: { type: "string", required: true, readOnly: true },
    reason: { type: "string", required: true, readOnly: true },
    evidence: { type: "string", required: true, readOnly: true },
    /** What it is about (a handover item, an order), for links in the console. */
    subjectType: { type: "string" },
    subjectId: { type: "string" },
    issuedBy: { type: "string", required: true, readOnly: true },
    issuedAt: { type: "string", required: true, readOnly: true },
    appealState: { type: ["none", "appealed", "upheld", "overturned"] as const, required: true },
    appealReason: { type: "string" },
    appealedAt: { type: "string" },
    decidedBy: { type: "string" },
    decidedAt: { type: "string" },
    decisionNote: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["fineId"] },
      sk: { field: "sk", composite: [] },
    },
    byStaff: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["staffNo"] },
      sk: { field: "gsi1sk", composite: ["issuedAt", "fineId"] },
    },
    byDepartment: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["department"] },
      sk: { field: "gsi2sk", composite: ["issuedAt", "fineId"] },
    },
    byAppeal: {
      index: "gsi3",
      pk: { field: "gsi3pk", composite: ["appealState"] },
      sk: { field: "gsi3sk", composite: ["issuedAt", "fineId"] },
    },
  },
});

/**
 * How many fines of an escalating rule a staff member has had in a calendar month. Bumped in the
 * fine's own transaction with a condition on the value read, so two fines issued at once cannot
 * both be "the first".
 */
export const FineCounterEntity = defineEntity({
  model: { entity: "fineCounter", version: "1", service: "dianwu" },
  attributes: {
    staffNo: { type: "string", required: true, readOnly: true },
    rule: { type: "string", required: true, readOnly: true },
    month: { type: "string", required: true, readOnly: true },
    count: { type: "number", required: true, default: 0 },
  },
  indexes: {
    byKey: {
      pk: { field: "pk", composite: ["staffNo", "rule", "month"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** The department fund's ledger (部门基金): fines in, spending and refunds out; newest last. */
export const FundEntryEntity = defineEntity({
  model: { entity: "fundEntry", version: "1", service: "dianwu" },
  attributes: {
    department: { type: DEPARTMENTS, required: true, readOnly: true },
    entryId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    kind: { type: ["fine", "spending", "refund"] as const, required: true, readOnly: true },
    /** Signed: positive into the fund, negative out of it. */
    amountFen: { type: "number", required: true, readOnly: true },
    balanceFen: { type: "number", required: true, readOnly: true },
    note: { type: "string", required: true, readOnly: true },
    fineId: { type: "string" },
    staffNo: { type: "string" },
    by: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byDepartment: {
      pk: { field: "pk", composite: ["department"] },
      sk: { field: "sk", composite: ["at", "entryId"] },
    },
  },
});

/**
 * The fund's balance, moved with a condition on its current value in the same transaction as
 * each ledger entry: the ledger's running balance is then exact, and spending can never take the
 * fund below zero.
 */
export const FundBalanceEntity = defineEntity({
  model: { entity: "fundBalance", version: "1", service: "dianwu" },
  attributes: {
    department: { type: DEPARTMENTS, required: true, readOnly: true },
    balanceFen: { type: "number", required: true, default: 0 },
    entries: { type: "number", required: true, default: 0 },
  },
  indexes: {
    byDepartment: {
      pk: { field: "pk", composite: ["department"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** A handover memo (交接备忘录): written by the outgoing shift for the one coming in. */
export const HandoverMemoEntity = defineEntity({
  model: { entity: "handoverMemo", version: "1", service: "dianwu" },
  attributes: {
    memoId: { type: "string", required: true, readOnly: true },
    department: { type: DEPARTMENTS, required: true, readOnly: true },
    writtenBy: { type: "string", required: true, readOnly: true },
    writtenAt: { type: "string", required: true, readOnly: true },
    shiftDay: { type: "string", required: true, readOnly: true },
    shiftCode: { type: "string" },
    note: { type: "string" },
    /** Items written in this memo and items carried over into it. */
    itemIds: { type: "list", items: { type: "string" }, required: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["memoId"] },
      sk: { field: "sk", composite: [] },
    },
    byDepartment: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["department"] },
      sk: { field: "gsi1sk", composite: ["writtenAt", "memoId"] },
    },
  },
});

/**
 * One thing to do for a customer. It stays open — carried into each new memo — until it is done
 * or a supervisor marks it dropped. Each memo it appears in must be acknowledged by the incoming
 * shift: `memoId` is the latest memo it is in, `acknowledgedMemoId` the latest acknowledged.
 */
export const HandoverItemEntity = defineEntity({
  model: { entity: "handoverItem", version: "1", service: "dianwu" },
  attributes: {
    itemId: { type: "string", required: true, readOnly: true },
    department: { type: DEPARTMENTS, required: true },
    state: { type: ["open", "done", "dropped"] as const, required: true },
    customer: { type: "string", required: true },
    orderId: { type: "string" },
    todo: { type: "string", required: true },
    dueAt: { type: "string" },
    createdBy: { type: "string", required: true },
    createdAt: { type: "string", required: true },
    firstMemoId: { type: "string", required: true },
    memoId: { type: "string", required: true },
    carriedOver: { type: "number", required: true, default: 0 },
    acknowledgedMemoId: { type: "string" },
    acknowledgedBy: { type: "string" },
    acknowledgedAt: { type: "string" },
    closedBy: { type: "string" },
    closedAt: { type: "string" },
    lossFen: { type: "number" },
    responsibleStaffNo: { type: "string" },
    fineId: { type: "string" },
    note: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["itemId"] },
      sk: { field: "sk", composite: [] },
    },
    byState: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["department", "state"] },
      sk: { field: "gsi2sk", composite: ["createdAt", "itemId"] },
    },
  },
});
