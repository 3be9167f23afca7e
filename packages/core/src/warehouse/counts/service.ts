import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { isConditionFailed, transaction, TransactionCanceled } from "../../db";
import { conflict, invalid, notFound } from "../../error";
import { newId } from "../../id";
import { Code as BinCode, kindOf, suggest } from "../bins/service";
import { BinKind, walkingOrder } from "../bins/rules";
import { UnitScanEntity } from "../catalogue/entities";
import { list as listSkus, manyById, mustLookup } from "../catalogue/service";
import { signer } from "../signer";
import { move, readBalances, key } from "../stock/movements";
import { forSku, inZone, ofKind } from "../stock/service";
import { writer } from "../tx";
import { CountEntity, CountLineEntity } from "./entities";
import { countMovements, variance } from "./rules";

export const Scope = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("zone"), value: z.string().regex(/^[A-Z]{1,3}$/, "a zone letter") }),
  z.object({ kind: z.literal("binKind"), value: BinKind }),
  z.object({ kind: z.literal("style"), value: z.string().trim().min(1).max(32) }),
]);
export const CreateInput = z.object({ scope: Scope });
export const ScanInput = z.object({
  binCode: BinCode,
  code: z.string().trim().min(1).max(64),
  qty: z.number().int().min(1).max(10_000).default(1),
  /** A damaged piece found on the shelf: counted apart, it moves to the defect store on approval. */
  damaged: z.boolean().default(false),
});

export const Summary = z.object({
  countId: z.string(),
  scope: z.object({ kind: z.enum(["zone", "binKind", "style"]), value: z.string() }),
  state: z.enum(["counting", "submitted", "approved", "cancelled"]),
  lineCount: z.number(),
  bookedLines: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
  submittedBy: z.string().optional(),
  submittedAt: z.string().optional(),
  approvedBy: z.string().optional(),
  approvedAt: z.string().optional(),
  report: z.string().optional(),
});
export type Summary = z.infer<typeof Summary>;

const summary = (row: EntityItem<typeof CountEntity>): Summary => {
  const { countId, scopeKind, scopeValue, state, lineCount, bookedLines, createdBy, createdAt, submittedBy, submittedAt, approvedBy, approvedAt, report } = row;
  return { countId, scope: { kind: scopeKind, value: scopeValue }, state, lineCount, bookedLines, createdBy, createdAt, submittedBy, submittedAt, approvedBy, approvedAt, report };
};

async function mustRow(countId: string) {
  const row = await CountEntity.get({ countId }).go({ consistent: true });
  if (!row.data) throw notFound("count.not-found", `No count ${countId}`);
  return row.data;
}

async function lines(countId: string) {
  const result = await CountLineEntity.query.byCount({ countId }).go({ consistent: true, pages: "all" });
  return result.data;
}

async function balancesInScope(scope: z.infer<typeof Scope>) {
  if (scope.kind === "zone") return inZone(scope.value);
  if (scope.kind === "binKind") return ofKind(scope.value);
  const skus = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await listSkus({ styleCode: scope.value, cursor, limit: 200 });
    skus.push(...page.items.filter((s) => s.styleCode === scope.value));
    cursor = page.cursor ?? undefined;
  }
  return (await Promise.all(skus.map((s) => forSku(s.skuId)))).flatMap((s) => s.bins);
}

/** Opens a count: the sheet lists every SKU the books have in the scope's bins (no quantities). */
export async function create(input: z.input<typeof CreateInput>) {
  const { scope } = CreateInput.parse(input);
  const balances = await balancesInScope(scope);
  const countId = newId();
  const row = {
    countId, scopeKind: scope.kind, scopeValue: scope.value, state: "counting" as const, lineCount: balances.length, bookedLines: 0,
    createdBy: signer().by, createdAt: new Date().toISOString(),
  };
  if (balances.length) {
    await CountLineEntity.put(balances.map((b) => ({ countId, binCode: b.binCode, skuId: b.skuId, counted: 0, damaged: 0, booked: false }))).go();
  }
  await transaction({ CountEntity, AuditEntity }, (e) => [
    e.CountEntity.create(row).commit(),
    e.AuditEntity.create(Audit.item({ action: "count.create", target: { type: "count", id: countId }, after: scope })).commit(),
  ]);
  return summary(row);
}

export async function list(input: { state: Summary["state"]; cursor?: string; limit?: number }) {
  const result = await CountEntity.query.byState({ state: input.state }).go({ order: "desc", cursor: input.cursor ?? null, limit: input.limit ?? 50 });
  return { items: result.data.map(summary), cursor: result.cursor };
}

export const SheetLine = z.object({
  binCode: z.string(),
  skuId: z.string(),
  styleCode: z.string(),
  colour: z.string(),
  size: z.string(),
  name: z.string(),
  counted: z.number(),
  damaged: z.number(),
});

/**
 * The count sheet for the people counting, in walking order: bins and SKUs with what they counted
 * so far. Blind: it never carries the book quantity.
 */
export async function sheet(countId: string) {
  const count = summary(await mustRow(countId));
  const rows = await lines(countId);
  const skus = await manyById(rows.map((l) => l.skuId));
  const route = new Map(walkingOrder(rows.map((l) => l.binCode)).map((b, i) => [b, i]));
  const items = rows
    .map((l) => {
      const s = skus.get(l.skuId);
      return { binCode: l.binCode, skuId: l.skuId, styleCode: s?.styleCode ?? "", colour: s?.colour ?? "", size: s?.size ?? "", name: s?.name ?? "", counted: l.counted, damaged: l.damaged };
    })
    .sort((a, b) => route.get(a.binCode)! - route.get(b.binCode)! || a.skuId.localeCompare(b.skuId));
  const { countId: id, scope, state, lineCount, createdAt } = count;
  return { countId: id, scope, state, lineCount, createdAt, lines: items };
}

function assertCounting(row: EntityItem<typeof CountEntity>) {
  if (row.state !== "counting") throw conflict("count.not-counting", `Count ${row.countId} is ${row.state}`);
}

/**
 * A piece scanned on the shelf. A unique code counts once per count however often scanned; a SKU
 * the books do not have in that bin gets a line of its own. The answer is what was counted: never
 * the book.
 */
export async function scan(countId: string, input: z.input<typeof ScanInput>) {
  const { binCode, code, qty, damaged } = ScanInput.parse(input);
  assertCounting(await mustRow(countId));
  const bin = await kindOf(binCode).catch(() => undefined);
  if (!bin) throw invalid("binCode", "bin.not-found", `No bin ${binCode}`);
  const found = await mustLookup(code);
  if (found.unitCode && qty !== 1) throw invalid("qty", "count.unit-qty", "A unique code is one piece");
  const add = damaged ? { damaged: qty } : { counted: qty };
  const at = new Date().toISOString();
  for (let attempt = 1; attempt <= 3; attempt++) {
    const existing = await CountLineEntity.get({ countId, binCode, skuId: found.skuId }).go({ consistent: true });
    try {
      await transaction({ CountEntity, CountLineEntity, UnitScanEntity }, (e) => [
        ...(found.unitCode ? [e.UnitScanEntity.create({ documentId: countId, unitCode: found.unitCode, skuId: found.skuId, at }).commit()] : []),
        existing.data
          ? e.CountLineEntity.patch({ countId, binCode, skuId: found.skuId }).add(add).commit()
          : e.CountLineEntity.create({ countId, binCode, skuId: found.skuId, counted: 0, damaged: 0, booked: false, ...add }).commit(),
        existing.data
          ? e.CountEntity.check({ countId }).where((a, op) => op.eq(a.state, "counting")).commit()
          : e.CountEntity.patch({ countId }).add({ lineCount: 1 }).where((a, op) => op.eq(a.state, "counting")).commit(),
      ]);
      break;
    } catch (error) {
      if (!(error instanceof TransactionCanceled)) throw error;
      if (found.unitCode && error.reasons[0]?.code === "ConditionalCheckFailed") {
        const line = (await CountLineEntity.get({ countId, binCode, skuId: found.skuId }).go({ consistent: true })).data;
        return { duplicate: true, binCode, skuId: found.skuId, counted: line?.counted ?? 0, damaged: line?.damaged ?? 0 };
      }
      if (error.reasons.at(-1)?.code === "ConditionalCheckFailed") assertCounting(await mustRow(countId));
      if (attempt === 3) throw error;
    }
  }
  const line = (await CountLineEntity.get({ countId, binCode, skuId: found.skuId }).go({ consistent: true })).data!;
  return { duplicate: false, binCode, skuId: found.skuId, counted: line.counted, damaged: line.damaged };
}

/** Counts a line again from zero (and forgets its unique codes). */
export async function resetLine(countId: string, binCode: string, skuId: string) {
  assertCounting(await mustRow(countId));
  try {
    await CountLineEntity.patch({ countId, binCode, skuId }).set({ counted: 0, damaged: 0 }).go();
  } catch (error) {
    if (isConditionFailed(error)) throw notFound("count.line-not-found", `Count ${countId} has no line for ${skuId} in ${binCode}`);
    throw error;
  }
  const scans = await UnitScanEntity.query.byDocument({ documentId: countId }).go({ pages: "all" });
  const mine = scans.data.filter((s) => s.skuId === skuId).map(({ documentId, unitCode }) => ({ documentId, unitCode }));
  if (mine.length) await UnitScanEntity.delete(mine).go();
}

/**
 * The counters hand the count in. Only now is each line's book quantity taken (on hand at this
 * moment), so nobody counting could have seen it; the variance is relative to it.
 */
export async function submit(countId: string) {
  const row = await mustRow(countId);
  assertCounting(row);
  const rows = await lines(countId);
  const balances = await readBalances(rows.map((l) => l.skuId));
  for (const l of rows) {
    await CountLineEntity.patch({ countId, binCode: l.binCode, skuId: l.skuId }).set({ book: balances.get(key(l.skuId, l.binCode))?.onHand ?? 0 }).go();
  }
  const who = signer();
  try {
    await transaction({ CountEntity, AuditEntity }, (e) => [
      e.CountEntity.patch({ countId }).set({ state: "submitted", submittedBy: who.by, submittedAt: new Date().toISOString() }).where((a, op) => op.eq(a.state, "counting")).commit(),
      e.AuditEntity.create(Audit.item({ action: "count.submit", target: { type: "count", id: countId } })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("count.not-counting", `Count ${countId} was submitted or cancelled meanwhile`);
    throw error;
  }
  return summary(await mustRow(countId));
}

export const ReportLine = z.object({
  binCode: z.string(),
  skuId: z.string(),
  styleCode: z.string(),
  colour: z.string(),
  size: z.string(),
  name: z.string(),
  book: z.number(),
  counted: z.number(),
  damaged: z.number(),
  difference: z.number(),
  kinds: z.array(z.enum(["match", "surplus", "shortage", "damage"])),
  needsReason: z.boolean(),
  reason: z.string().optional(),
  booked: z.boolean(),
});

/** The variance report for the supervisor: book against shelf, line by line, with totals. */
export async function report(countId: string) {
  const count = summary(await mustRow(countId));
  if (count.state === "counting") throw conflict("count.not-submitted", "The variance report exists once the count is submitted (counts are blind)");
  const rows = await lines(countId);
  const skus = await manyById(rows.map((l) => l.skuId));
  const items: z.infer<typeof ReportLine>[] = rows.map((l) => {
    const s = skus.get(l.skuId);
    const v = variance({ book: l.book ?? 0, counted: l.counted, damaged: l.damaged });
    return {
      binCode: l.binCode, skuId: l.skuId, styleCode: s?.styleCode ?? "", colour: s?.colour ?? "", size: s?.size ?? "", name: s?.name ?? "",
      book: l.book ?? 0, counted: l.counted, damaged: l.damaged, difference: v.difference, kinds: v.kinds, needsReason: v.needsReason, reason: l.reason, booked: l.booked,
    };
  });
  const totals = {
    surplus: items.reduce((s, l) => s + Math.max(0, l.difference), 0),
    shortage: items.reduce((s, l) => s + Math.max(0, -l.difference), 0),
    damaged: items.reduce((s, l) => s + l.damaged, 0),
    linesWithVariance: items.filter((l) => l.needsReason).length,
    missingReasons: items.filter((l) => l.needsReason && !l.reason).length,
  };
  return { ...count, lines: items, totals };
}

/** The supervisor writes why a line differs (and what to do about it). */
export async function explain(countId: string, binCode: string, skuId: string, reason: string) {
  const row = await mustRow(countId);
  if (row.state !== "submitted") throw conflict("count.not-submitted", `Count ${countId} is ${row.state}`);
  try {
    await CountLineEntity.patch({ countId, binCode, skuId }).set({ reason }).go();
  } catch (error) {
    if (isConditionFailed(error)) throw notFound("count.line-not-found", `Count ${countId} has no line for ${skuId} in ${binCode}`);
    throw error;
  }
}

/**
 * The supervisor approves the report: every surplus, shortage and damage line has its reason, and
 * each is booked to the stock card (the surplus or shortage in its bin, damaged pieces into the
 * defect store), one transaction per line with the line marked booked, so a retry books nothing
 * twice. The count is approved when every line is.
 */
export async function approve(countId: string, input: { report: string }) {
  const row = await mustRow(countId);
  if (row.state !== "submitted") throw conflict("count.not-submitted", `Count ${countId} is ${row.state}`);
  const rows = await lines(countId);
  const unexplained = rows.filter((l) => variance({ book: l.book ?? 0, counted: l.counted, damaged: l.damaged }).needsReason && !l.reason);
  if (unexplained.length) {
    throw conflict("count.unexplained", "Every surplus, shortage and damage needs a reason before approval", {
      lines: unexplained.map((l) => ({ binCode: l.binCode, skuId: l.skuId })),
    });
  }
  const defectBin = rows.some((l) => l.damaged > 0) ? (await suggest("defect")).binCode : undefined;
  for (const l of rows.filter((l) => !l.booked)) {
    const moves = countMovements({ book: l.book ?? 0, counted: l.counted, damaged: l.damaged });
    const markBooked = () => [
      writer(CountLineEntity).patch({ countId, binCode: l.binCode, skuId: l.skuId }).set({ booked: true }).where((a, op) => op.eq(a.booked, false)).commit(),
      writer(CountEntity).patch({ countId }).add({ bookedLines: 1 }).where((a, op) => op.eq(a.state, "submitted")).commit(),
    ];
    if (!moves.length) {
      try {
        await transaction({ CountLineEntity, CountEntity }, () => markBooked());
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
      continue;
    }
    await move(
      moves.map((m) => ({ skuId: l.skuId, binCode: m.toDefect ? defectBin! : l.binCode, type: m.type, qty: m.qty, document: { type: "count", id: countId, line: `${l.binCode}/${l.skuId}` }, note: l.reason })),
      { extra: markBooked, onExtraFailed: () => conflict("count.line-booked", `The line for ${l.skuId} in ${l.binCode} was booked meanwhile`) },
    );
  }
  const who = signer();
  try {
    await transaction({ CountEntity, AuditEntity }, (e) => [
      e.CountEntity.patch({ countId }).set({ state: "approved", approvedBy: who.by, approvedAt: new Date().toISOString(), report: input.report }).where((a, op) => op.eq(a.state, "submitted")).commit(),
      e.AuditEntity.create(Audit.item({ action: "count.approve", target: { type: "count", id: countId }, note: input.report })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("count.not-submitted", `Count ${countId} was approved or cancelled meanwhile`);
    throw error;
  }
  return report(countId);
}

export async function cancel(countId: string) {
  try {
    await transaction({ CountEntity, AuditEntity }, (e) => [
      e.CountEntity.patch({ countId }).set({ state: "cancelled" }).where((a, op) => `${op.eq(a.state, "counting")} OR (${op.eq(a.state, "submitted")} AND ${op.eq(a.bookedLines, 0)})`).commit(),
      e.AuditEntity.create(Audit.item({ action: "count.cancel", target: { type: "count", id: countId } })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("count.not-cancellable", `Count ${countId} is unknown, approved, or partly booked`);
    throw error;
  }
  return summary(await mustRow(countId));
}
