import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { Bus } from "../../bus";
import { isConditionFailed, transaction } from "../../db";
import { conflict, invalid, notFound } from "../../error";
import { newId } from "../../id";
import { manyById } from "../catalogue/service";
import { Events } from "../events";
import { signer } from "../signer";
import { ReshipmentEntity } from "./entities";

export const RequestInput = z.object({
  orderId: z.string().trim().min(1).max(64),
  reason: z.string().trim().min(2).max(200),
  lines: z.array(z.object({ skuId: z.string().min(1).max(40), qty: z.number().int().min(1).max(100) })).min(1).max(20),
  note: z.string().trim().max(300).optional(),
});

export const ShippedInput = z.object({ parcelId: z.string().trim().min(1).max(64), waybillNo: z.string().trim().min(4).max(40) });

export const Info = z.object({
  reshipmentId: z.string(),
  orderId: z.string(),
  reason: z.string(),
  lines: z.array(z.object({ skuId: z.string(), qty: z.number() })),
  note: z.string().optional(),
  state: z.enum(["requested", "shipped", "cancelled"]),
  requestedBy: z.string(),
  createdAt: z.string(),
  parcelId: z.string().optional(),
  waybillNo: z.string().optional(),
  shippedAt: z.string().optional(),
});
export type Info = z.infer<typeof Info>;

const present = (row: EntityItem<typeof ReshipmentEntity>): Info => {
  const { reshipmentId, orderId, reason, note, state, requestedBy, createdAt, parcelId, waybillNo, shippedAt } = row;
  return { reshipmentId, orderId, reason, note, state, requestedBy, createdAt, parcelId, waybillNo, shippedAt, lines: JSON.parse(row.lines) };
};

/** A reshipment sheet (补发): recorded, then announced so the parcels area makes its parcel. */
export async function request(input: z.input<typeof RequestInput>) {
  const fields = RequestInput.parse(input);
  const skus = await manyById(fields.lines.map((l) => l.skuId));
  const unknown = fields.lines.findIndex((l) => !skus.has(l.skuId));
  if (unknown >= 0) throw invalid(`lines.${unknown}.skuId`, "sku.not-found", `No SKU ${fields.lines[unknown]!.skuId}`);
  const row = {
    reshipmentId: newId(), orderId: fields.orderId, reason: fields.reason, lines: JSON.stringify(fields.lines), note: fields.note,
    state: "requested" as const, requestedBy: signer().by, createdAt: new Date().toISOString(),
  };
  await transaction({ ReshipmentEntity, AuditEntity }, (e) => [
    e.ReshipmentEntity.create(row).commit(),
    e.AuditEntity.create(Audit.item({ action: "reshipment.request", target: { type: "order", id: fields.orderId }, after: fields })).commit(),
  ]);
  await Bus.publish(Events.ReshipmentRequested.create({ reshipmentId: row.reshipmentId, orderId: fields.orderId, reason: fields.reason, lines: fields.lines }));
  return present(row);
}

export async function get(reshipmentId: string) {
  const result = await ReshipmentEntity.get({ reshipmentId }).go({ consistent: true });
  if (!result.data) throw notFound("reshipment.not-found", `No reshipment ${reshipmentId}`);
  return present(result.data);
}

/** The new parcel's waybill, reported back (by the parcels area, or by hand): customer service sees it. */
export async function shipped(reshipmentId: string, input: z.input<typeof ShippedInput>) {
  const fields = ShippedInput.parse(input);
  const shippedAt = new Date().toISOString();
  try {
    await transaction({ ReshipmentEntity, AuditEntity }, (e) => [
      e.ReshipmentEntity.patch({ reshipmentId }).set({ state: "shipped", ...fields, shippedAt }).where((a, op) => op.eq(a.state, "requested")).commit(),
      e.AuditEntity.create(Audit.item({ action: "reshipment.shipped", target: { type: "reshipment", id: reshipmentId }, after: fields })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("reshipment.not-requested", `Reshipment ${reshipmentId} is unknown or no longer waiting for its parcel`);
    throw error;
  }
  return get(reshipmentId);
}

export async function cancel(reshipmentId: string, reason: string) {
  try {
    await transaction({ ReshipmentEntity, AuditEntity }, (e) => [
      e.ReshipmentEntity.patch({ reshipmentId }).set({ state: "cancelled", note: reason }).where((a, op) => op.eq(a.state, "requested")).commit(),
      e.AuditEntity.create(Audit.item({ action: "reshipment.cancel", target: { type: "reshipment", id: reshipmentId }, note: reason })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("reshipment.not-requested", `Reshipment ${reshipmentId} is unknown or already shipped`);
    throw error;
  }
  return get(reshipmentId);
}

export async function list(input: { state: Info["state"]; cursor?: string; limit?: number }) {
  const result = await ReshipmentEntity.query.byState({ state: input.state }).go({ order: "desc", cursor: input.cursor ?? null, limit: input.limit ?? 50 });
  return { items: result.data.map(present), cursor: result.cursor };
}

export async function ofOrder(orderId: string) {
  const result = await ReshipmentEntity.query.byOrder({ orderId }).go({ pages: "all" });
  return result.data.map(present);
}
