import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { isConditionFailed, transaction } from "../../db";
import { conflict } from "../../error";
import { newId } from "../../id";
import { signer } from "../signer";
import { today } from "../time";
import { RegisterEntryEntity } from "./entities";

const Text = (max: number) => z.string().trim().min(1).max(max);

export const VisitInput = z.object({
  name: Text(40),
  staffNo: z.string().regex(/^\d{3,8}$/).optional(),
  company: Text(60).optional(),
  purpose: Text(120),
});

/** The points of the opening and closing rounds (RULES.md §4: doors, windows, power, clean). */
export const CHECK_POINTS = ["doors", "windows", "power", "clean", "floor_clear"] as const;
export const CheckInput = z.object({
  kind: z.enum(["opening", "closing"]),
  checks: z.object(Object.fromEntries(CHECK_POINTS.map((p) => [p, z.enum(["ok", "anomaly"])])) as Record<(typeof CHECK_POINTS)[number], z.ZodEnum<{ ok: "ok"; anomaly: "anomaly" }>>),
  note: z.string().trim().max(300).optional(),
}).refine((c) => Object.values(c.checks).every((v) => v === "ok") || (c.note?.length ?? 0) >= 2, { message: "describe the anomaly", path: ["note"] });

export const Entry = z.object({
  entryId: z.string(),
  day: z.string(),
  kind: z.enum(["visit", "opening", "closing"]),
  name: z.string(),
  staffNo: z.string().optional(),
  company: z.string().optional(),
  purpose: z.string().optional(),
  checks: z.record(z.string(), z.enum(["ok", "anomaly"])).optional(),
  anomalies: z.number(),
  note: z.string().optional(),
  at: z.string(),
  leftAt: z.string().optional(),
  recordedBy: z.string(),
});
export type Entry = z.infer<typeof Entry>;

const present = (row: EntityItem<typeof RegisterEntryEntity>): Entry => {
  const { entryId, day, kind, name, staffNo, company, purpose, anomalies, note, at, leftAt, recordedBy } = row;
  return { entryId, day, kind, name, staffNo, company, purpose, anomalies, note, at, leftAt, recordedBy, checks: row.checks ? JSON.parse(row.checks) : undefined };
};

async function write(row: EntityItem<typeof RegisterEntryEntity>) {
  await transaction({ RegisterEntryEntity, AuditEntity }, (e) => [
    e.RegisterEntryEntity.create(row).commit(),
    e.AuditEntity.create(Audit.item({ action: `register.${row.kind}`, target: { type: "register", id: row.entryId }, after: present(row) })).commit(),
  ]);
  return present(row);
}

/** Someone enters the warehouse: staff or a visitor, and why. */
export async function enter(input: z.input<typeof VisitInput>) {
  const fields = VisitInput.parse(input);
  const now = new Date();
  return write({ entryId: newId(), day: await today(now), kind: "visit", ...fields, anomalies: 0, at: now.toISOString(), recordedBy: signer().by });
}

export async function leave(entryId: string) {
  const leftAt = new Date().toISOString();
  try {
    await RegisterEntryEntity.patch({ entryId }).set({ leftAt }).where((a, op) => `${op.eq(a.kind, "visit")} AND ${op.notExists(a.leftAt)}`).go();
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("register.not-inside", `Entry ${entryId} is unknown or already left`);
    throw error;
  }
  const row = await RegisterEntryEntity.get({ entryId }).go({ consistent: true });
  return present(row.data!);
}

/** The opening or closing round of the day, with any anomaly found. */
export async function check(input: z.input<typeof CheckInput>) {
  const fields = CheckInput.parse(input);
  const now = new Date();
  const who = signer();
  return write({
    entryId: newId(), day: await today(now), kind: fields.kind, name: who.by, staffNo: who.staffNo, checks: JSON.stringify(fields.checks),
    anomalies: Object.values(fields.checks).filter((v) => v === "anomaly").length, note: fields.note, at: now.toISOString(), recordedBy: who.by,
  });
}

export async function ofDay(day: string) {
  const result = await RegisterEntryEntity.query.byDay({ day }).go({ pages: "all" });
  return result.data.map(present);
}
