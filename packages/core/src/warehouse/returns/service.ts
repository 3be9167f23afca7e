import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { Bus } from "../../bus";
import { isConditionFailed, transaction, TransactionCanceled } from "../../db";
import { conflict, invalid, notFound } from "../../error";
import { newId } from "../../id";
import { suggest } from "../bins/service";
import { manyById } from "../catalogue/service";
import { Events } from "../events";
import { signer } from "../signer";
import { move, type Movement } from "../stock/movements";
import { today } from "../time";
import { writer, type TransactItem } from "../tx";
import { ReturnAnomalyEntity, ReturnEntity, ReturnKeyEntity } from "./entities";
import { destination, detectAnomalies } from "./rules";

const Id = z.string().trim().min(1).max(64);
const Condition = z.enum(["good", "repairable", "irreparable"]);
const AnomalyKind = z.enum(["damaged_package", "missing_item", "extra_item", "wrong_item", "defect", "other"]);

export const ReceiveInput = z
  .object({
    /** The return waybill scanned at the door, or the order it belongs to (at least one). */
    waybillNo: Id.optional(),
    orderId: Id.optional(),
    /** The refund the orders area opened for it, so it can be moved on. */
    refundId: Id.optional(),
    packageCondition: z.enum(["intact", "damaged", "opened"]),
    countedWithCourier: z.boolean().default(false),
    items: z.array(z.object({ skuId: z.string().min(1).max(40), qty: z.number().int().min(1).max(1000), condition: Condition, note: z.string().trim().max(200).optional() })).max(20),
    /** What the order says should come back; differences become anomalies. */
    expected: z.array(z.object({ skuId: z.string().min(1).max(40), qty: z.number().int().min(1).max(1000) })).max(20).optional(),
    anomalies: z.array(z.object({ kind: AnomalyKind, note: z.string().trim().min(2).max(300) })).max(5).default([]),
  })
  .refine((r) => r.waybillNo || r.orderId, { message: "scan the waybill or the order", path: ["waybillNo"] })
  .refine((r) => r.packageCondition !== "damaged" || r.countedWithCourier, {
    message: "a damaged package is counted in front of the courier (RULES.md §4)",
    path: ["countedWithCourier"],
  });

export const Item = z.object({ skuId: z.string(), qty: z.number(), condition: Condition, binCode: z.string().optional(), note: z.string().optional() });
export const Info = z.object({
  returnId: z.string(),
  waybillNo: z.string().optional(),
  orderId: z.string().optional(),
  refundId: z.string().optional(),
  packageCondition: z.enum(["intact", "damaged", "opened"]),
  countedWithCourier: z.boolean(),
  items: z.array(Item),
  anomalies: z.number(),
  receivedBy: z.string(),
  receivedAt: z.string(),
  day: z.string(),
});
export type Info = z.infer<typeof Info>;

export const Anomaly = z.object({
  anomalyId: z.string(),
  returnId: z.string(),
  orderId: z.string().optional(),
  kind: AnomalyKind,
  note: z.string(),
  state: z.enum(["open", "following", "resolved"]),
  followUps: z.array(z.object({ at: z.string(), by: z.string(), note: z.string(), state: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const present = (row: EntityItem<typeof ReturnEntity>): Info => {
  const { returnId, waybillNo, orderId, refundId, packageCondition, countedWithCourier, anomalies, receivedBy, receivedAt, day } = row;
  return { returnId, waybillNo, orderId, refundId, packageCondition, countedWithCourier, anomalies, receivedBy, receivedAt, day, items: JSON.parse(row.items) };
};

const presentAnomaly = (row: EntityItem<typeof ReturnAnomalyEntity>): z.infer<typeof Anomaly> => {
  const { anomalyId, returnId, orderId, kind, note, state, createdAt, updatedAt } = row;
  return { anomalyId, returnId, orderId, kind, note, state, createdAt, updatedAt, followUps: row.followUps ?? [] };
};

/**
 * Takes a returned parcel in (RULES.md §4): good items go back to their home bin, irreparable ones
 * into the defect store (both on the card, signed), repairable ones to production (they leave
 * without a card line: they were never booked back in). Anomalies — a damaged package, items
 * missing, wrong or extra, defects — become follow-up records for customer service. The waybill
 * (or order) is claimed in the same transaction, so one package is taken in once.
 */
export async function receive(input: z.input<typeof ReceiveInput>) {
  const fields = ReceiveInput.parse(input);
  const skus = await manyById([...fields.items, ...(fields.expected ?? [])].map((i) => i.skuId));
  const unknown = fields.items.findIndex((i) => !skus.has(i.skuId));
  if (unknown >= 0) throw invalid(`items.${unknown}.skuId`, "sku.not-found", `No SKU ${fields.items[unknown]!.skuId}`);
  const defectBin = fields.items.some((i) => i.condition === "irreparable") ? (await suggest("defect")).binCode : undefined;
  const items = fields.items.map((i) => {
    const where = destination(i.condition);
    return { ...i, binCode: where === "home" ? skus.get(i.skuId)!.homeBin : where === "defect" ? defectBin : undefined };
  });
  const anomalies = [...detectAnomalies(fields.packageCondition, fields.items, fields.expected), ...fields.anomalies].map((a) => ({ ...a, anomalyId: newId() }));

  const returnId = newId();
  const who = signer();
  const now = new Date();
  const at = now.toISOString();
  const row = {
    returnId, waybillNo: fields.waybillNo, orderId: fields.orderId, refundId: fields.refundId, packageCondition: fields.packageCondition,
    countedWithCourier: fields.countedWithCourier, items: JSON.stringify(items), anomalies: anomalies.length, receivedBy: who.by, receivedAt: at, day: await today(now),
  };
  const key = fields.waybillNo ? `waybill:${fields.waybillNo}` : `order:${fields.orderId}`;
  const extra = (): TransactItem[] => [
    writer(ReturnKeyEntity).create({ key, returnId }).commit(),
    writer(ReturnEntity).create(row).commit(),
    ...anomalies.map((a) =>
      writer(ReturnAnomalyEntity).create({ anomalyId: a.anomalyId, returnId, orderId: fields.orderId, kind: a.kind, note: a.note, state: "open", followUps: [], createdAt: at, updatedAt: at }).commit(),
    ),
  ];
  const audit = { action: "return.receive", target: { type: "return", id: returnId }, after: { ...fields, anomalies: anomalies.length } };
  const duplicate = () => conflict("return.already-received", `This return (${key}) was already taken in`);
  const movements: Movement[] = items
    .filter((i) => i.binCode)
    .map((i) => ({ skuId: i.skuId, binCode: i.binCode!, type: "return_in", qty: i.qty, document: { type: "return", id: returnId, line: i.skuId }, note: i.condition }));
  if (movements.length) {
    await move(movements, { audit, extra, onExtraFailed: (index) => (index === 0 ? duplicate() : conflict("return.changed", "The return changed meanwhile")) });
  } else {
    try {
      await transaction({ ReturnEntity, AuditEntity }, (e) => [...extra(), e.AuditEntity.create(Audit.item(audit)).commit()]);
    } catch (error) {
      if (error instanceof TransactionCanceled && error.reasons[0]?.code === "ConditionalCheckFailed") throw duplicate();
      throw error;
    }
  }
  await Bus.publish(
    Events.ReturnReceived.create({
      returnId, orderId: fields.orderId, refundId: fields.refundId, waybillNo: fields.waybillNo,
      items: items.map(({ skuId, qty, condition }) => ({ skuId, qty, condition })), anomalies: anomalies.length,
    }),
    ...anomalies.map((a) => Events.ReturnAnomaly.create({ anomalyId: a.anomalyId, returnId, orderId: fields.orderId, kind: a.kind, note: a.note })),
  );
  return { ...present(row), anomalyIds: anomalies.map((a) => a.anomalyId) };
}

export async function get(returnId: string) {
  const result = await ReturnEntity.get({ returnId }).go({ consistent: true });
  if (!result.data) throw notFound("return.not-found", `No return ${returnId}`);
  return present(result.data);
}

/** The return taken in under a waybill or order, if any. */
export async function byKey(input: { waybillNo?: string; orderId?: string }) {
  const key = input.waybillNo ? `waybill:${input.waybillNo}` : `order:${input.orderId}`;
  const claim = await ReturnKeyEntity.get({ key }).go({ consistent: true });
  return claim.data ? get(claim.data.returnId) : undefined;
}

export async function ofDay(day: string) {
  const result = await ReturnEntity.query.byDay({ day }).go({ pages: "all" });
  return result.data.map(present);
}

export async function anomalies(input: { state: "open" | "following" | "resolved"; cursor?: string; limit?: number }) {
  const result = await ReturnAnomalyEntity.query.byState({ state: input.state }).go({ order: "desc", cursor: input.cursor ?? null, limit: input.limit ?? 50 });
  return { items: result.data.map(presentAnomaly), cursor: result.cursor };
}

/** Every anomaly of one return, oldest first (a return has a handful at most). */
export async function anomaliesOfReturn(returnId: string) {
  const result = await ReturnAnomalyEntity.query.byReturn({ returnId }).go({ pages: "all" });
  return result.data.map(presentAnomaly);
}

export const FollowUpInput = z.object({ note: z.string().trim().min(2).max(300), state: z.enum(["following", "resolved"]) });

/** Customer service records what it did about an anomaly; resolved ones stay resolved. */
export async function followUp(anomalyId: string, input: z.input<typeof FollowUpInput>) {
  const { note, state } = FollowUpInput.parse(input);
  const who = signer();
  const at = new Date().toISOString();
  try {
    await transaction({ ReturnAnomalyEntity, AuditEntity }, (e) => [
      e.ReturnAnomalyEntity.patch({ anomalyId })
        .append({ followUps: [{ at, by: who.by, note, state }] })
        .set({ state, updatedAt: at })
        .where((a, op) => op.ne(a.state, "resolved"))
        .commit(),
      e.AuditEntity.create(Audit.item({ action: "return.follow-up", target: { type: "return-anomaly", id: anomalyId }, after: { state }, note })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("return.anomaly-closed", `Anomaly ${anomalyId} is unknown or already resolved`);
    throw error;
  }
  const row = await ReturnAnomalyEntity.get({ anomalyId }).go({ consistent: true });
  return presentAnomaly(row.data!);
}
