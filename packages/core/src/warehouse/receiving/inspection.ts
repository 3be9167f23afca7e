import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { isConditionFailed, transaction } from "../../db";
import { conflict, invalid, notFound } from "../../error";
import { signer } from "../signer";
import { move } from "../stock/movements";
import { writer } from "../tx";
import { ReceiptEntity, ReceiptLineEntity, SupplierReturnEntity } from "./entities";
import { Checklist, DefectReason, judgeInspection } from "./rules";
import { closeIfFinished, mustGetReceipt } from "./receipts";

export const InspectInput = z.object({
  checklist: Checklist,
  defects: z.array(z.object({ reason: DefectReason, qty: z.number().int().min(1).max(100_000) })).max(9).default([]),
  /** Where the failed pieces go back to (退货 to the supplier, 返厂 to the factory). */
  returnTo: z.enum(["supplier", "factory"]).default("supplier"),
  note: z.string().trim().max(200).optional(),
});

/**
 * Inspection (验货) of one receipt line with the garment checklist: each point pass or fail, defect
 * counts by reason, the inspector and the time. The passed pieces become ready for put-away; the
 * failed ones go onto the receipt's return-to-supplier/factory document. Nothing moves on the card
 * yet: the goods are still in pending inspection until put away or sent back.
 */
export async function inspect(receiptId: string, skuId: string, input: z.input<typeof InspectInput>) {
  const fields = InspectInput.parse(input);
  const receipt = await mustGetReceipt(receiptId);
  if (receipt.state !== "booked") throw conflict("receipt.not-booked", `Receipt ${receiptId} is ${receipt.state}; only booked goods are inspected`);
  const row = await ReceiptLineEntity.get({ receiptId, skuId }).go({ consistent: true });
  if (!row.data || !row.data.booked) throw notFound("receipt.line-not-found", `Receipt ${receiptId} has no booked line for SKU ${skuId}`);
  if (row.data.state !== "booked") throw conflict("receipt.line-inspected", `SKU ${skuId} of receipt ${receiptId} was already inspected`);
  const verdict = judgeInspection(row.data.booked, fields.checklist, fields.defects);
  if (!verdict.ok) throw invalid(verdict.field, verdict.code, verdict.message);
  const who = signer();
  const now = new Date().toISOString();
  const defects = JSON.stringify(fields.defects);
  try {
    await transaction({ ReceiptEntity, ReceiptLineEntity, SupplierReturnEntity, AuditEntity }, (e) => [
      e.ReceiptLineEntity.patch({ receiptId, skuId })
        .set({
          state: "inspected", passed: verdict.passed, failed: verdict.failed, putawayLeft: verdict.passed,
          checklist: JSON.stringify(fields.checklist), defects, inspectedBy: who.by, inspectedAt: now, ...(fields.note ? { inspectionNote: fields.note } : {}),
        })
        .where((a, op) => op.eq(a.state, "booked"))
        .commit(),
      e.ReceiptEntity.patch({ receiptId }).add({ linesToInspect: -1, awaitingPutaway: verdict.passed, openReturns: verdict.failed > 0 ? 1 : 0 }).commit(),
      ...(verdict.failed > 0
        ? [e.SupplierReturnEntity.create({ receiptId, skuId, supplier: receipt.supplier, qty: verdict.failed, returnTo: fields.returnTo, defects, state: "open", createdAt: now }).commit()]
        : []),
      e.AuditEntity.create(Audit.item({ action: "receipt.inspect", target: { type: "receipt", id: receiptId }, after: { skuId, ...fields, passed: verdict.passed, failed: verdict.failed } })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("receipt.line-inspected", `SKU ${skuId} of receipt ${receiptId} was inspected meanwhile`);
    throw error;
  }
  await closeIfFinished(receiptId);
  return { skuId, passed: verdict.passed, failed: verdict.failed, failedPoints: verdict.failedPoints, inspectedBy: who.by, inspectedAt: now };
}

export const SupplierReturnLine = z.object({
  receiptId: z.string(),
  skuId: z.string(),
  supplier: z.string(),
  qty: z.number(),
  returnTo: z.enum(["supplier", "factory"]),
  defects: z.array(z.object({ reason: z.string(), qty: z.number() })),
  state: z.enum(["open", "dispatched"]),
  createdAt: z.string(),
  dispatchedBy: z.string().optional(),
  dispatchedAt: z.string().optional(),
});

const presentReturn = (row: EntityItem<typeof SupplierReturnEntity>): z.infer<typeof SupplierReturnLine> => {
  const { receiptId, skuId, supplier, qty, returnTo, state, createdAt, dispatchedBy, dispatchedAt } = row;
  return { receiptId, skuId, supplier, qty, returnTo, state, createdAt, dispatchedBy, dispatchedAt, defects: JSON.parse(row.defects) };
};

/** The return-to-supplier/factory document of a receipt (退货/返厂单). */
export async function supplierReturn(receiptId: string) {
  await mustGetReceipt(receiptId);
  const result = await SupplierReturnEntity.query.byReceipt({ receiptId }).go({ consistent: true, pages: "all" });
  return result.data.map(presentReturn);
}

export async function openSupplierReturns() {
  const result = await SupplierReturnEntity.query.byState({ state: "open" }).go({ pages: "all" });
  return result.data.map(presentReturn);
}

/**
 * Hands the failed goods back to the supplier's deliverer or ships them to the factory: each open
 * line leaves the pending-inspection bin on the card (type `supplier_return`), once.
 */
export async function dispatchSupplierReturn(receiptId: string) {
  const receipt = await mustGetReceipt(receiptId);
  const open = (await supplierReturn(receiptId)).filter((l) => l.state === "open");
  if (!open.length) throw conflict("receipt.nothing-to-return", `Receipt ${receiptId} has nothing waiting to go back`);
  const who = signer();
  for (const line of open) {
    const now = new Date().toISOString();
    await move([{ skuId: line.skuId, binCode: receipt.pendingBin, type: "supplier_return", qty: -line.qty, document: { type: "supplier-return", id: receiptId, line: line.skuId }, note: line.returnTo }], {
      audit: { action: "receipt.supplier-return", target: { type: "receipt", id: receiptId }, after: line },
      extra: () => [
        writer(SupplierReturnEntity).patch({ receiptId, skuId: line.skuId }).set({ state: "dispatched", dispatchedBy: who.by, dispatchedAt: now }).where((a, op) => op.eq(a.state, "open")).commit(),
        writer(ReceiptEntity).patch({ receiptId }).add({ openReturns: -1 }).commit(),
      ],
      onExtraFailed: () => conflict("receipt.return-dispatched", `The return of SKU ${line.skuId} was dispatched meanwhile`),
    });
  }
  await closeIfFinished(receiptId);
  return supplierReturn(receiptId);
}
