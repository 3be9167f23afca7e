import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { isConditionFailed, transaction, TransactionCanceled } from "../../db";
import { conflict, invalid, notFound } from "../../error";
import { newId } from "../../id";
import { Code as BinCode, kindOf, suggest } from "../bins/service";
import { manyById, mustLookup } from "../catalogue/service";
import { signer } from "../signer";
import { move } from "../stock/movements";
import { writer } from "../tx";
import { UnitScanEntity } from "../catalogue/entities";
import { ReceiptEntity, ReceiptLineEntity } from "./entities";
import { bookedQuantity, reconcile } from "./rules";

/**
 * Expected lines of one receipt. A booking is one transaction (three items per line), so a
 * delivery of more SKUs than this is received as several receipts.
 */
export const MAX_LINES = 30;
/** Lines including SKUs that turned up without being on the receipt. */
const MAX_ALL_LINES = 32;
/** Unexpected SKUs sort after the receipt's own lines. */
const UNEXPECTED_LINE_NO = 999;

const Text = (max: number) => z.string().trim().min(1).max(max);

export const CreateInput = z
  .object({
    supplier: Text(60),
    deliveryNote: Text(40).optional(),
    deliverer: Text(40).optional(),
    note: Text(200).optional(),
    /** The pending-inspection bin; by default the first 待检区 bin. */
    pendingBin: BinCode.optional(),
    lines: z.array(z.object({ skuId: z.string().min(1).max(40), qty: z.number().int().min(1).max(100_000) })).min(1).max(MAX_LINES),
  })
  .refine((r) => new Set(r.lines.map((l) => l.skuId)).size === r.lines.length, { message: "each SKU once", path: ["lines"] });

export const ResolveInput = z
  .object({ action: z.enum(["recount", "accept", "reject"]), reason: z.string().trim().max(200).optional() })
  .refine((r) => r.action === "recount" || (r.reason?.length ?? 0) >= 2, { message: "accepting or rejecting a difference needs a reason", path: ["reason"] });

export const Receipt = z.object({
  receiptId: z.string(),
  supplier: z.string(),
  deliveryNote: z.string().optional(),
  deliverer: z.string().optional(),
  note: z.string().optional(),
  pendingBin: z.string(),
  state: z.enum(["receiving", "booked", "done", "cancelled"]),
  lineCount: z.number(),
  linesToInspect: z.number(),
  awaitingPutaway: z.number(),
  openReturns: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
  bookedBy: z.string().optional(),
  bookedAt: z.string().optional(),
  closedAt: z.string().optional(),
  cancelReason: z.string().optional(),
});
export type Receipt = z.infer<typeof Receipt>;

export const Line = z.object({
  skuId: z.string(),
  lineNo: z.number(),
  expected: z.number(),
  scanned: z.number(),
  difference: z.number(),
  status: z.enum(["match", "over", "short", "unexpected"]),
  resolved: z.boolean(),
  resolution: z.enum(["accept", "reject"]).optional(),
  resolutionReason: z.string().optional(),
  recounts: z.number(),
  state: z.enum(["receiving", "booked", "inspected"]),
  booked: z.number().optional(),
  passed: z.number().optional(),
  failed: z.number().optional(),
  putawayLeft: z.number().optional(),
  checklist: z.record(z.string(), z.enum(["pass", "fail"])).optional(),
  defects: z.array(z.object({ reason: z.string(), qty: z.number() })).optional(),
  inspectedBy: z.string().optional(),
  inspectedAt: z.string().optional(),
  sku: z.object({ styleCode: z.string(), colour: z.string(), size: z.string(), name: z.string() }).optional(),
});
export type Line = z.infer<typeof Line>;

export function presentReceipt(row: EntityItem<typeof ReceiptEntity>): Receipt {
  const { receiptId, supplier, deliveryNote, deliverer, note, pendingBin, state, lineCount, linesToInspect, awaitingPutaway, openReturns, createdBy, createdAt, bookedBy, bookedAt, closedAt, cancelReason } = row;
  return { receiptId, supplier, deliveryNote, deliverer, note, pendingBin, state, lineCount, linesToInspect, awaitingPutaway, openReturns, createdBy, createdAt, bookedBy, bookedAt, closedAt, cancelReason };
}

function presentLine(row: EntityItem<typeof ReceiptLineEntity>): Omit<Line, "sku"> {
  const { skuId, lineNo, expected, scanned, resolution, resolutionReason, recounts, state, booked, passed, failed, putawayLeft, inspectedBy, inspectedAt } = row;
  return {
    skuId, lineNo, expected, scanned, resolution, resolutionReason, recounts, state, booked, passed, failed, putawayLeft, inspectedBy, inspectedAt,
    ...reconcile({ expected, scanned, resolution }),
    checklist: row.checklist ? JSON.parse(row.checklist) : undefined,
    defects: row.defects ? JSON.parse(row.defects) : undefined,
  };
}

export async function mustGetReceipt(receiptId: string): Promise<Receipt> {
  const result = await ReceiptEntity.get({ receiptId }).go({ consistent: true });
  if (!result.data) throw notFound("receipt.not-found", `No receipt ${receiptId}`);
  return presentReceipt(result.data);
}

export async function receiptLines(receiptId: string) {
  const result = await ReceiptLineEntity.query.byReceipt({ receiptId }).go({ consistent: true, pages: "all" });
  return result.data.map(presentLine).sort((a, b) => a.lineNo - b.lineNo || a.skuId.localeCompare(b.skuId));
}

/** A receipt with its lines, each with its reconciliation and the SKU's words. */
export async function get(receiptId: string) {
  const receipt = await mustGetReceipt(receiptId);
  const lines = await receiptLines(receiptId);
  const skus = await manyById(lines.map((l) => l.skuId));
  return {
    ...receipt,
    lines: lines.map((l) => {
      const sku = skus.get(l.skuId);
      return { ...l, sku: sku && { styleCode: sku.styleCode, colour: sku.colour, size: sku.size, name: sku.name } };
    }),
  };
}

export async function list(input: { state: Receipt["state"]; cursor?: string; limit?: number }) {
  const result = await ReceiptEntity.query.byState({ state: input.state }).go({ order: "desc", cursor: input.cursor ?? null, limit: input.limit ?? 50 });
  return { items: result.data.map(presentReceipt), cursor: result.cursor };
}

/** Opens an inbound receipt for a supplier delivery; the goods will book into pending inspection. */
export async function create(input: z.input<typeof CreateInput>) {
  const fields = CreateInput.parse(input);
  const skus = await manyById(fields.lines.map((l) => l.skuId));
  const missing = fields.lines.findIndex((l) => !skus.has(l.skuId));
  if (missing >= 0) throw invalid(`lines.${missing}.skuId`, "sku.not-found", `No SKU ${fields.lines[missing]!.skuId}`);
  let pendingBin = fields.pendingBin;
  if (pendingBin) {
    const bin = await kindOf(pendingBin).catch(() => undefined);
    if (bin?.kind !== "pending_inspection") throw invalid("pendingBin", "receipt.not-pending-bin", `${pendingBin} is not a pending-inspection (待检区) bin`);
  } else {
    pendingBin = (await suggest("pending_inspection")).binCode;
  }
  const receiptId = newId();
  const now = new Date().toISOString();
  const who = signer();
  const row = {
    receiptId, supplier: fields.supplier, deliveryNote: fields.deliveryNote, deliverer: fields.deliverer, note: fields.note, pendingBin,
    state: "receiving" as const, lineCount: fields.lines.length, linesToInspect: 0, awaitingPutaway: 0, openReturns: 0, createdBy: who.by, createdAt: now,
  };
  await transaction({ ReceiptEntity, ReceiptLineEntity, AuditEntity }, (e) => [
    e.ReceiptEntity.create(row).commit(),
    ...fields.lines.map((l, i) => e.ReceiptLineEntity.create({ receiptId, skuId: l.skuId, lineNo: i + 1, expected: l.qty, scanned: 0, recounts: 0, state: "receiving" }).commit()),
    e.AuditEntity.create(Audit.item({ action: "receipt.create", target: { type: "receipt", id: receiptId }, after: fields })).commit(),
  ]);
  return get(receiptId);
}

function assertReceiving(receipt: Receipt) {
  if (receipt.state !== "receiving") throw conflict("receipt.not-receiving", `Receipt ${receipt.receiptId} is ${receipt.state}; scanning and reconciliation are over`);
}

/**
 * One scan at the receiving bench (every piece is scanned, RULES.md §4). A unit code (唯一码) is
 * counted once however often it is scanned; a SKU not on the receipt gets a line of its own.
 * Any new scan undoes an earlier accept/reject of that line: the explanation was for other numbers.
 */
export async function scan(receiptId: string, rawCode: string, qty = 1) {
  if (!Number.isInteger(qty) || qty < 1 || qty > 1000) throw invalid("qty", "receipt.scan-qty", "1 to 1000 pieces per scan");
  const receipt = await mustGetReceipt(receiptId);
  assertReceiving(receipt);
  const found = await mustLookup(rawCode);
  if (found.unitCode && qty !== 1) throw invalid("qty", "receipt.unit-qty", "A unique code is one piece");
  const at = new Date().toISOString();
  for (let attempt = 1; attempt <= 4; attempt++) {
    const existing = await ReceiptLineEntity.get({ receiptId, skuId: found.skuId }).go({ consistent: true });
    if (!existing.data && receipt.lineCount >= MAX_ALL_LINES) {
      throw conflict("receipt.too-many-lines", `A receipt holds at most ${MAX_ALL_LINES} SKUs; receive this SKU on another receipt`);
    }
    try {
      await transaction({ ReceiptEntity, ReceiptLineEntity, UnitScanEntity }, (e) => [
        ...(found.unitCode ? [e.UnitScanEntity.create({ documentId: receiptId, unitCode: found.unitCode, skuId: found.skuId, at }).commit()] : []),
        existing.data
          ? e.ReceiptLineEntity.patch({ receiptId, skuId: found.skuId }).add({ scanned: qty }).remove(["resolution", "resolutionReason", "resolvedBy"]).where((a, op) => op.eq(a.state, "receiving")).commit()
          : e.ReceiptLineEntity.create({ receiptId, skuId: found.skuId, lineNo: UNEXPECTED_LINE_NO, expected: 0, scanned: qty, recounts: 0, state: "receiving" }).commit(),
        existing.data
          ? e.ReceiptEntity.check({ receiptId }).where((a, op) => op.eq(a.state, "receiving")).commit()
          : e.ReceiptEntity.patch({ receiptId }).add({ lineCount: 1 }).where((a, op) => op.eq(a.state, "receiving")).commit(),
      ]);
      break;
    } catch (error) {
      if (!(error instanceof TransactionCanceled)) throw error;
      if (found.unitCode && error.reasons[0]?.code === "ConditionalCheckFailed") {
        return { duplicate: true, skuId: found.skuId, unitCode: found.unitCode, line: presentLine((await ReceiptLineEntity.get({ receiptId, skuId: found.skuId }).go({ consistent: true })).data!) };
      }
      if (error.reasons.at(-1)?.code === "ConditionalCheckFailed") assertReceiving(await mustGetReceipt(receiptId));
      if (attempt === 4) throw error;
    }
  }
  const line = await ReceiptLineEntity.get({ receiptId, skuId: found.skuId }).go({ consistent: true });
  return { duplicate: false, skuId: found.skuId, unitCode: found.unitCode, line: presentLine(line.data!) };
}

/**
 * Explains a difference between scans and receipt before booking: count again (scans of the line
 * start over), accept the scanned count, or reject the line (nothing of it is booked). The
 * explanation holds for the count it was given for: the write is conditional on that count.
 */
export async function resolve(receiptId: string, skuId: string, input: z.input<typeof ResolveInput>) {
  const { action, reason } = ResolveInput.parse(input);
  assertReceiving(await mustGetReceipt(receiptId));
  const row = await ReceiptLineEntity.get({ receiptId, skuId }).go({ consistent: true });
  if (!row.data) throw notFound("receipt.line-not-found", `Receipt ${receiptId} has no line for SKU ${skuId}`);
  const before = presentLine(row.data);
  const who = signer();
  try {
    await transaction({ ReceiptLineEntity, AuditEntity }, (e) => [
      action === "recount"
        ? e.ReceiptLineEntity.patch({ receiptId, skuId }).set({ scanned: 0 }).add({ recounts: 1 }).remove(["resolution", "resolutionReason", "resolvedBy"]).where((a, op) => op.eq(a.state, "receiving")).commit()
        : e.ReceiptLineEntity.patch({ receiptId, skuId })
            .set({ resolution: action, resolutionReason: reason!, resolvedBy: who.by })
            .where((a, op) => `${op.eq(a.state, "receiving")} AND ${op.eq(a.scanned, before.scanned)}`)
            .commit(),
      e.AuditEntity.create(Audit.item({ action: `receipt.${action}`, target: { type: "receipt", id: receiptId }, before, note: reason })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("receipt.line-changed", "The line was scanned meanwhile; look at the new count and decide again");
    throw error;
  }
  if (action === "recount") await forgetUnitScans(receiptId, skuId);
  return presentLine((await ReceiptLineEntity.get({ receiptId, skuId }).go({ consistent: true })).data!);
}

async function forgetUnitScans(receiptId: string, skuId: string) {
  const scans = await UnitScanEntity.query.byDocument({ documentId: receiptId }).go({ pages: "all" });
  const mine = scans.data.filter((s) => s.skuId === skuId).map(({ documentId, unitCode }) => ({ documentId, unitCode }));
  if (mine.length) await UnitScanEntity.delete(mine).go();
}

/**
 * Books the receipt: every line's scans reconciled (equal to the receipt, or the difference
 * accepted or rejected), the goods enter the pending-inspection bin on the card, signed by the
 * receiver. One transaction: the card lines, the receipt and each line (on condition their counts
 * did not move since they were read).
 */
export async function book(receiptId: string) {
  const receipt = await mustGetReceipt(receiptId);
  assertReceiving(receipt);
  const lines = await receiptLines(receiptId);
  const open = lines.filter((l) => bookedQuantity(l) === undefined);
  if (open.length) {
    throw conflict("receipt.unresolved", "Some lines differ from the receipt and are not explained yet", {
      lines: open.map((l) => ({ skuId: l.skuId, expected: l.expected, scanned: l.scanned })),
    });
  }
  const booked = lines.map((l) => ({ line: l, qty: bookedQuantity(l)! }));
  const toInspect = booked.filter((b) => b.qty > 0);
  const who = signer();
  const now = new Date().toISOString();
  const extra = () => [
    writer(ReceiptEntity)
      .patch({ receiptId })
      .set({ state: toInspect.length ? "booked" : "done", bookedBy: who.by, bookedAt: now, linesToInspect: toInspect.length, ...(toInspect.length ? {} : { closedAt: now }) })
      .where((a, op) => op.eq(a.state, "receiving"))
      .commit(),
    ...booked.map(({ line, qty }) =>
      writer(ReceiptLineEntity)
        .patch({ receiptId, skuId: line.skuId })
        .set({ state: "booked", booked: qty })
        .where((a, op) => `${op.eq(a.state, "receiving")} AND ${op.eq(a.scanned, line.scanned)}`)
        .commit(),
    ),
  ];
  const audit = { action: "receipt.book", target: { type: "receipt", id: receiptId }, after: booked.map(({ line, qty }) => ({ skuId: line.skuId, qty })) };
  const changed = () => conflict("receipt.changed", "The receipt was scanned or booked meanwhile; reload it");
  if (!toInspect.length) {
    try {
      await transaction({ ReceiptEntity, AuditEntity }, (e) => [...extra(), e.AuditEntity.create(Audit.item(audit)).commit()]);
    } catch (error) {
      if (isConditionFailed(error)) throw changed();
      throw error;
    }
  } else {
    await move(
      toInspect.map(({ line, qty }) => ({ skuId: line.skuId, binCode: receipt.pendingBin, type: "receipt" as const, qty, document: { type: "receipt", id: receiptId, line: line.skuId } })),
      { extra, audit, onExtraFailed: changed },
    );
  }
  return get(receiptId);
}

export async function cancel(receiptId: string, reason: string) {
  if (reason.trim().length < 2) throw invalid("reason", "receipt.reason", "Say why the receipt is cancelled");
  try {
    await transaction({ ReceiptEntity, AuditEntity }, (e) => [
      e.ReceiptEntity.patch({ receiptId }).set({ state: "cancelled", cancelReason: reason.trim() }).where((a, op) => op.eq(a.state, "receiving")).commit(),
      e.AuditEntity.create(Audit.item({ action: "receipt.cancel", target: { type: "receipt", id: receiptId }, note: reason })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("receipt.not-receiving", `Receipt ${receiptId} is no longer being received; booked goods leave through inspection`);
    throw error;
  }
  return mustGetReceipt(receiptId);
}

/** Marks a booked receipt done once nothing is left to inspect, put away or send back. */
export async function closeIfFinished(receiptId: string) {
  try {
    await ReceiptEntity.patch({ receiptId })
      .set({ state: "done", closedAt: new Date().toISOString() })
      .where((a, op) => [op.eq(a.state, "booked"), op.eq(a.linesToInspect, 0), op.eq(a.awaitingPutaway, 0), op.eq(a.openReturns, 0)].join(" AND "))
      .go();
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}
