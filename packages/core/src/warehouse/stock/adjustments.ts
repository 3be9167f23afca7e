import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { transaction, isConditionFailed } from "../../db";
import { conflict, forbidden, invalid, notFound } from "../../error";
import { newId } from "../../id";
import { Settings } from "../../settings";
import { Code as BinCode, kindOf } from "../bins/service";
import { mustFromId } from "../catalogue/service";
import { signer } from "../signer";
import { writer } from "../tx";
import { AdjustmentEntity, TransferEntity } from "./entities";
import { key, move, readBalances } from "./movements";

const Qty = z.number().int().min(1).max(100_000);

export const TransferInput = z
  .object({
    /** Client-chosen id: sending the same transfer twice books it once. */
    transferId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "a ULID").optional(),
    skuId: z.string().min(1).max(40),
    fromBin: BinCode,
    toBin: BinCode,
    qty: Qty,
    note: z.string().trim().max(200).optional(),
  })
  .refine((t) => t.fromBin !== t.toBin, { message: "from and to are the same bin", path: ["toBin"] });

/**
 * Moves stock between bins: two card lines (out and in) under one transfer document. Pending
 * inspection is neither a source nor a target: goods leave it only through inspection and put-away.
 */
export async function transfer(input: z.input<typeof TransferInput>) {
  const t = TransferInput.parse(input);
  await mustFromId(t.skuId);
  for (const [field, binCode] of [["fromBin", t.fromBin], ["toBin", t.toBin]] as const) {
    const bin = await kindOf(binCode).catch(() => undefined);
    if (!bin || !bin.active) throw invalid(field, "bin.not-found", `No active bin ${binCode}`);
    if (bin.kind === "pending_inspection") throw invalid(field, "stock.pending-inspection", "Goods leave pending inspection only through inspection and put-away");
  }
  const transferId = t.transferId ?? newId();
  const who = signer();
  const at = new Date().toISOString();
  const document = { type: "transfer", id: transferId };
  return move(
    [
      { skuId: t.skuId, binCode: t.fromBin, type: "transfer_out", qty: -t.qty, document, note: t.note },
      { skuId: t.skuId, binCode: t.toBin, type: "transfer_in", qty: t.qty, document, note: t.note },
    ],
    {
      audit: { action: "stock.transfer", target: { type: "transfer", id: transferId }, after: t },
      extra: () => [writer(TransferEntity).create({ transferId, skuId: t.skuId, fromBin: t.fromBin, toBin: t.toBin, qty: t.qty, signedBy: who.by, at, note: t.note }).commit()],
      onExtraFailed: () => conflict("stock.transfer-exists", `Transfer ${transferId} was already booked`),
    },
  );
}

export const AdjustmentRequest = z.object({
  skuId: z.string().min(1).max(40),
  binCode: BinCode,
  /** Signed: + found more than the books say, − less. */
  qty: z.number().int().min(-100_000).max(100_000).refine((q) => q !== 0, "not 0"),
  reason: z.string().trim().min(2).max(200),
});

export const Adjustment = z.object({
  adjustmentId: z.string(),
  skuId: z.string(),
  binCode: z.string(),
  qty: z.number(),
  reason: z.string(),
  state: z.enum(["requested", "approved", "rejected"]),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
  decisionNote: z.string().optional(),
});

const present = (row: EntityItem<typeof AdjustmentEntity>): z.infer<typeof Adjustment> => {
  const { adjustmentId, skuId, binCode, qty, reason, state, requestedBy, requestedAt, decidedBy, decidedAt, decisionNote } = row;
  return { adjustmentId, skuId, binCode, qty, reason, state, requestedBy, requestedAt, decidedBy, decidedAt, decisionNote };
};

/** Asks for a correction of the books; nothing moves until a warehouse supervisor approves it. */
export async function requestAdjustment(input: z.input<typeof AdjustmentRequest>) {
  const fields = AdjustmentRequest.parse(input);
  await mustFromId(fields.skuId);
  await kindOf(fields.binCode);
  const row = { adjustmentId: newId(), ...fields, state: "requested" as const, requestedBy: signer().by, requestedAt: new Date().toISOString() };
  await transaction({ AdjustmentEntity, AuditEntity }, (e) => [
    e.AdjustmentEntity.create(row).commit(),
    e.AuditEntity.create(Audit.item({ action: "stock.adjustment-request", target: { type: "adjustment", id: row.adjustmentId }, after: fields })).commit(),
  ]);
  return present(row);
}

export async function adjustment(adjustmentId: string) {
  const result = await AdjustmentEntity.get({ adjustmentId }).go({ consistent: true });
  if (!result.data) throw notFound("stock.adjustment-not-found", `No adjustment ${adjustmentId}`);
  return present(result.data);
}

export async function adjustments(state: "requested" | "approved" | "rejected", page: { cursor?: string; limit?: number } = {}) {
  const result = await AdjustmentEntity.query.byState({ state }).go({ order: "desc", cursor: page.cursor ?? null, limit: page.limit ?? 50 });
  return { items: result.data.map(present), cursor: result.cursor };
}

/**
 * A supervisor's decision. Approval books the adjustment on the card in the same transaction that
 * marks it approved (on condition it is still requested), so it is booked once. With the
 * four-eyes setting on (the default) nobody approves their own request.
 */
export async function decideAdjustment(adjustmentId: string, decision: { approve: boolean; note?: string }) {
  const request = await adjustment(adjustmentId);
  if (request.state !== "requested") throw conflict("stock.adjustment-decided", `Adjustment ${adjustmentId} is already ${request.state}`);
  const who = signer();
  const { settings } = await Settings.get();
  if (settings.warehouse.adjustmentFourEyes && who.by === request.requestedBy) {
    throw forbidden("stock.own-adjustment", "Another supervisor must approve your own adjustment request");
  }
  const decided = { state: decision.approve ? ("approved" as const) : ("rejected" as const), decidedBy: who.by, decidedAt: new Date().toISOString(), decisionNote: decision.note };
  const mark = () => writer(AdjustmentEntity).patch({ adjustmentId }).set(decided).where((a, op) => op.eq(a.state, "requested")).commit();
  const audit = { action: `stock.adjustment-${decided.state === "approved" ? "approve" : "reject"}`, target: { type: "adjustment", id: adjustmentId }, before: request, note: decision.note };
  if (!decision.approve) {
    try {
      await transaction({ AdjustmentEntity, AuditEntity }, (e) => [mark(), e.AuditEntity.create(Audit.item(audit)).commit()]);
    } catch (error) {
      if (isConditionFailed(error)) throw conflict("stock.adjustment-decided", `Adjustment ${adjustmentId} was decided meanwhile`);
      throw error;
    }
    return { ...request, ...decided };
  }
  await move(
    [{ skuId: request.skuId, binCode: request.binCode, type: "adjustment", qty: request.qty, document: { type: "adjustment", id: adjustmentId }, note: request.reason }],
    { audit, extra: () => [mark()], onExtraFailed: () => conflict("stock.adjustment-decided", `Adjustment ${adjustmentId} was decided meanwhile`) },
  );
  return { ...request, ...decided };
}

export const OpeningInput = z.object({ skuId: z.string().min(1).max(40), binCode: BinCode, qty: Qty, note: z.string().trim().max(200).optional() });

/**
 * The opening balance (期初) of a SKU in a bin when the shop starts keeping its books here: the
 * first line of an empty card. A card that has any line is corrected by adjustments instead.
 */
export async function opening(input: z.input<typeof OpeningInput>) {
  const o = OpeningInput.parse(input);
  await mustFromId(o.skuId);
  const bin = await kindOf(o.binCode).catch(() => undefined);
  if (!bin || !bin.active) throw invalid("binCode", "bin.not-found", `No active bin ${o.binCode}`);
  if ((await readBalances([o.skuId])).has(key(o.skuId, o.binCode))) {
    throw conflict("stock.card-not-empty", `SKU ${o.skuId} already has a card in bin ${o.binCode}; correct it with an adjustment`);
  }
  return move([{ skuId: o.skuId, binCode: o.binCode, type: "opening", qty: o.qty, document: { type: "opening", id: `${o.skuId}@${o.binCode}` }, note: o.note }], {
    audit: { action: "stock.opening", target: { type: "sku", id: o.skuId }, after: o },
    attempts: 1,
  });
}
