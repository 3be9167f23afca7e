import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useStaff } from "../actor";
import { Audit } from "../audit";
import { conflict, forbidden, invalid, notFound } from "../error";
import { newId } from "../id";
import { hasAnyRole } from "../staff/roles";
import { RELEASERS } from "./roles";
import { additionDecision, type AdditionDecision } from "./additions";
import { applyMessage, decodeState, loadConventions } from "./apply";
import { chaseView } from "./chase";
import { InterceptEntity, OrderEntity, OrderHistoryEntity, SaleCreditEntity } from "./entities";
import { CHASE_RESULTS, INTERCEPT_STATES, INTERNAL_STEPS, openIntercepts, ORDER_STATUSES, type InternalStep, type OrderState } from "./rules";
import { withCursor } from "./paging";
import { infoOf, monthIn, summaryOf, type Conventions } from "./view";

export { Info, Summary } from "./view";

/**
 * The orders area's use cases for the console and for the other areas. Every change to an order,
 * whoever makes it, is a message through the same reducer and the same versioned write (apply.ts).
 */
export const Tid = z.string().regex(/^\d{1,25}$/, "a platform order number (digits)");

const Page = z.object({ cursor: z.string().max(2000).optional(), limit: z.number().int().min(1).max(200).default(50) });

interface Row {
  tid: string;
  version: number;
  appliedCount: number;
  state: string;
}

async function loadRow(tid: string) {
  const row = (await OrderEntity.get({ tid }).go({ consistent: true })).data;
  if (!row) throw notFound("order.not-found", `No order ${tid}`);
  return row;
}

export async function fromTid(tid: string) {
  const row = await loadRow(Tid.parse(tid));
  return infoOf(decodeState(row.state), row, await loadConventions({ fresh: true }), new Date());
}

/** The order with its message history (oldest first) and audit trail (newest first). */
export async function detail(tid: string) {
  const row = await loadRow(Tid.parse(tid));
  const [conventions, history, audit] = await Promise.all([
    loadConventions({ fresh: true }),
    OrderHistoryEntity.query.byOrder({ tid }).go({ pages: "all" }),
    Audit.byTarget({ type: "order", id: tid }, { limit: 200 }),
  ]);
  return {
    order: infoOf(decodeState(row.state), row, conventions, new Date()),
    messages: history.data
      .sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.appliedAt < b.appliedAt ? -1 : 1))
      .map(({ messageId, at, topic, source, actor, statusAfter, summary, appliedAt }) => ({
      messageId,
      at,
      topic,
      source,
      actor,
      statusAfter,
      summary,
      appliedAt,
    })),
    audit: audit.items,
  };
}

export const ListInput = Page.extend({
  status: z.enum(ORDER_STATUSES as [string, ...string[]]).optional(),
  flag: z.number().int().min(0).max(5).optional(),
  intercepted: z.boolean().optional(),
  /** Unpaid and not chased yet. */
  unpaidDue: z.boolean().optional(),
  /** Month placed (shop time), when no status is given; default this month. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM").optional(),
  buyerNick: z.string().min(1).max(100).optional(),
});

/** Newest first, from the narrowest index the filters allow; the other filters are applied by DynamoDB. */
export async function list(input: z.input<typeof ListInput>) {
  const q = ListInput.parse(input);
  if (q.unpaidDue && q.status && q.status !== "WAIT_BUYER_PAY") throw invalid("status", "order.filter", "unpaidDue lists unpaid orders only");
  const conventions = await loadConventions({ fresh: true });
  const status = q.unpaidDue ? "WAIT_BUYER_PAY" : q.status;
  const query = status
    ? OrderEntity.query.byStatus({ orderStatus: status })
    : q.buyerNick
      ? OrderEntity.query.byBuyer({ buyerNick: q.buyerNick })
      : OrderEntity.query.byMonth({ orderMonth: q.month ?? monthIn(new Date().toISOString(), conventions.timeZone) });
  const filters: ((a: any, op: any) => string)[] = [];
  if (q.flag !== undefined) filters.push((a, op) => op.eq(a.sellerFlag, q.flag));
  if (q.intercepted !== undefined) filters.push((a, op) => op.eq(a.intercepted, q.intercepted));
  if (q.unpaidDue) filters.push((a, op) => op.eq(a.chased, false));
  if (status && q.buyerNick) filters.push((a, op) => op.eq(a.buyerNick, q.buyerNick));
  const result = await withCursor(q.cursor, (cursor) => {
    const options = { order: "desc" as const, cursor, limit: q.limit };
    return filters.length ? query.where((a, op) => filters.map((f) => f(a, op)).join(" AND ")).go(options) : query.go(options);
  });
  return { items: result.data.map((row) => summarise(row, conventions)), cursor: result.cursor };
}

function summarise(row: Row, conventions: Conventions, now = new Date()) {
  return summaryOf(decodeState(row.state), row.version, conventions, now);
}

/**
 * The unpaid chase list (催付): every order still unpaid, the one with the least time left before
 * its chase deadline first (all share one deadline length, so that is oldest placed first).
 */
export async function unpaid(input: z.input<typeof Page> = {}) {
  const q = Page.parse(input);
  const conventions = await loadConventions({ fresh: true });
  const now = new Date();
  const result = await withCursor(q.cursor, (cursor) =>
    OrderEntity.query.byStatus({ orderStatus: "WAIT_BUYER_PAY" }).go({ order: "asc", cursor, limit: q.limit }),
  );
  return {
    items: result.data.map((row) => {
      const state = decodeState(row.state);
      return { ...summaryOf(state, row.version, conventions, now), chase: chaseView(state, conventions.unpaidChaseHours, now) };
    }),
    cursor: result.cursor,
  };
}

/* ---- staff actions: each is a message of our own through the reducer ---- */

const staffMessage = (tid: string, topic: string) => ({ id: `dw-${newId()}`, tid, at: new Date().toISOString(), topic });

function mustExist(order: OrderState | undefined): asserts order is OrderState {
  if (!order) throw notFound("order.not-found", "No such order");
}

export const ChaseInput = z.object({ result: z.enum(CHASE_RESULTS), note: z.string().trim().max(500).optional() });

/** Records a chase of an unpaid order: who, when, and what came of it. */
export async function recordChase(tid: string, input: z.input<typeof ChaseInput>) {
  const { result, note } = ChaseInput.parse(input);
  const staff = useStaff();
  const applied = await applyMessage(
    { ...staffMessage(Tid.parse(tid), "dianwu.chase"), chase: { by: staff.staffNo, result, note } },
    {
      source: "staff",
      audit: { action: "order.chase", after: { result }, note },
      guard: (order) => {
        mustExist(order);
        if (order.progress !== 0 || order.closedAt) throw conflict("order.not-unpaid", "Only unpaid orders are chased");
      },
    },
  );
  return present(applied);
}

/** Order-making (制单) has read the order: from now on, added items go out as a separate order. */
export async function markRead(tid: string) {
  const staff = useStaff();
  const applied = await applyMessage(
    { ...staffMessage(Tid.parse(tid), "dianwu.read"), read: { by: staff.staffNo } },
    { source: "staff", audit: { action: "order.read" }, guard: mustExist },
  );
  return present(applied);
}

export const AdditionInput = z.object({
  lines: z
    .array(
      z.object({
        outerSkuId: z.string().trim().min(1).max(64),
        title: z.string().trim().max(200).optional(),
        skuPropertiesName: z.string().trim().max(200).optional(),
        num: z.number().int().min(1).max(999),
        priceFen: z.number().int().min(0).max(100_000_000),
      }),
    )
    .min(1)
    .max(50),
  note: z.string().trim().max(500).optional(),
});

/**
 * A customer adds items (RULES.md §2): merged into the order if order-making has not read it yet,
 * otherwise recorded as a separate order with its own postage. The decision is made on the order
 * as read under the same version check as the write, so a read that lands meanwhile is respected.
 */
export async function addItems(tid: string, input: z.input<typeof AdditionInput>) {
  const { lines, note } = AdditionInput.parse(input);
  const staff = useStaff();
  let decision = { decision: "merged" } as AdditionDecision;
  const message = { ...staffMessage(Tid.parse(tid), "dianwu.add-items"), addition: { by: staff.staffNo, decision: "merged" as "merged" | "separate", lines, note } };
  const applied = await applyMessage(message, {
    source: "staff",
    audit: { action: "order.add-items", after: { lines }, note },
    guard: (order) => {
      mustExist(order);
      decision = additionDecision(order);
      message.addition.decision = decision.decision;
    },
  });
  return { ...decision, separatePostage: decision.decision === "separate", order: await present(applied) };
}

export const ReleaseInput = z.object({
  /** Which open intercepts to release; all open ones when omitted. */
  interceptIds: z.array(z.string().min(1).max(60)).min(1).max(50).optional(),
  note: z.string().trim().min(1).max(500),
});

/** A supervisor lets an intercepted order's parcel go on (after an address change: with a new waybill). */
export async function release(tid: string, input: z.input<typeof ReleaseInput>) {
  const { interceptIds, note } = ReleaseInput.parse(input);
  const staff = useStaff();
  if (!hasAnyRole(staff.roles, RELEASERS)) throw forbidden("order.release-role", "Only a supervisor releases an intercept");
  const message = { ...staffMessage(Tid.parse(tid), "dianwu.release"), release: { interceptIds: interceptIds ?? [], by: staff.staffNo, note } };
  const applied = await applyMessage(message, {
    source: "staff",
    audit: { action: "order.release-intercept", after: { interceptIds }, note },
    guard: (order) => {
      mustExist(order);
      const open = openIntercepts(order).map((i) => i.id);
      const ids = interceptIds ?? open;
      const unknown = ids.filter((id) => !open.includes(id));
      if (ids.length === 0) throw conflict("order.not-intercepted", "The order has no open intercept");
      if (unknown.length) throw conflict("order.intercept-not-open", `Not open: ${unknown.join(", ")}`);
      message.release.interceptIds = ids;
    },
  });
  return present(applied);
}

export const InterceptListInput = Page.extend({ state: z.enum(INTERCEPT_STATES).default("open") });

/** Intercepts by state, oldest first (the ones waiting longest on top). */
export async function intercepts(input: z.input<typeof InterceptListInput>) {
  const q = InterceptListInput.parse(input);
  const result = await withCursor(q.cursor, (cursor) =>
    InterceptEntity.query.byState({ interceptState: q.state }).go({ order: "asc", cursor, limit: q.limit }),
  );
  return { items: result.data.map(presentIntercept), cursor: result.cursor };
}

function presentIntercept(row: EntityItem<typeof InterceptEntity>) {
  const { tid, interceptId, reason, at, interceptState, buyerNick, receiverName, releasedAt, releasedBy, note } = row;
  return { tid, interceptId, reason, at, state: interceptState, buyerNick, receiverName, releasedAt, releasedBy, note };
}

/**
 * A warehouse step reached by the order's parcel, reported by parcel matching and the packing
 * bench. A report is a fact, so it is recorded even for an intercepted order (the bench is where
 * an intercepted parcel is stopped; a report that raced the intercept must not be lost), and the
 * intercept stays open until a supervisor releases it. Idempotent: the message id is the step's.
 */
export async function recordStep(tid: string, step: InternalStep, at = new Date()) {
  if (!INTERNAL_STEPS.includes(step)) throw invalid("step", "order.step", `Unknown step ${step}`);
  const applied = await applyMessage(
    { id: `step-${step}`, tid: Tid.parse(tid), at: at.toISOString(), topic: `dianwu.step.${step}`, step },
    { source: "system", guard: mustExist },
  );
  return present(applied);
}

export const CreditInput = z.object({ staffNo: z.string().regex(/^\d{3,8}$/), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM") });

/** Sales credited to one CS agent in one month (payment month, shop time), for the appraisal. */
export async function credits(input: z.input<typeof CreditInput>) {
  const { staffNo, month } = CreditInput.parse(input);
  const result = await SaleCreditEntity.query.byStaffMonth({ staffNo, creditMonth: month }).go({ pages: "all" });
  const items = result.data.map(({ tid, paidAt, paymentFen, void: voided }) => ({ tid, paidAt, paymentFen, void: voided }));
  const counted = items.filter((i) => !i.void);
  return { staffNo, month, orders: counted.length, salesFen: counted.reduce((sum, i) => sum + i.paymentFen, 0), items };
}

async function present(applied: { state: OrderState; version: number; appliedCount: number }) {
  return infoOf(applied.state, applied, await loadConventions({ fresh: true }), new Date());
}
