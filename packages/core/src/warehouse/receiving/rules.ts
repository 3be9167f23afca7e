import * as z from "zod";

/**
 * Receiving (入库) as pure rules: the scan reconciliation against the inbound receipt, the garment
 * inspection checklist of RULES.md §4, and where inspected goods are put away.
 */

/** The checklist of RULES.md §4, one point each; every point is recorded as pass or fail. */
export const CHECKLIST = [
  "symmetry", // collar, sleeves and shoulders symmetric
  "stitching", // no loose stitching
  "colour", // no colour difference
  "holes_stains", // no holes or stains
  "lining", // lining neither too long nor too short
  "buttons_rivets", // buttons and rivets complete and placed right
  "measurements", // size measures right
  "packaging", // outer packaging intact and unopened
] as const;
export type ChecklistPoint = (typeof CHECKLIST)[number];
export const ChecklistPoint = z.enum(CHECKLIST);
export const DefectReason = z.enum([...CHECKLIST, "other"]);
export type DefectReason = z.infer<typeof DefectReason>;

export const Checklist = z.object(Object.fromEntries(CHECKLIST.map((p) => [p, z.enum(["pass", "fail"])])) as Record<ChecklistPoint, z.ZodEnum<{ pass: "pass"; fail: "fail" }>>);
export type Checklist = z.infer<typeof Checklist>;

export type Resolution = "accept" | "reject";

export interface ScanLine {
  expected: number;
  scanned: number;
  resolution?: Resolution;
}

/** How a receipt line stands against the scans: what must be explained before booking. */
export function reconcile(line: ScanLine) {
  const difference = line.scanned - line.expected;
  const status = line.expected === 0 ? "unexpected" : difference === 0 ? "match" : difference > 0 ? "over" : "short";
  return { difference, status, resolved: difference === 0 || line.resolution !== undefined } as const;
}

/**
 * What a line books into pending inspection: the scanned count when it matches or was accepted,
 * nothing when rejected. Undefined while a difference is unexplained.
 */
export function bookedQuantity(line: ScanLine): number | undefined {
  const { difference } = reconcile(line);
  if (line.resolution === "reject") return 0;
  if (difference === 0 || line.resolution === "accept") return line.scanned;
  return undefined;
}

export interface Defect {
  reason: DefectReason;
  qty: number;
}

/**
 * Checks an inspection against the quantity it covers and splits it into passed and failed.
 * A defect named after a checklist point needs that point marked failed (the record must agree
 * with itself); the defects cannot exceed what was booked.
 */
export function judgeInspection(booked: number, checklist: Checklist, defects: readonly Defect[]):
  | { ok: true; passed: number; failed: number; failedPoints: ChecklistPoint[] }
  | { ok: false; field: string; code: string; message: string } {
  const failedPoints = CHECKLIST.filter((p) => checklist[p] === "fail");
  const seen = new Set<string>();
  for (const [i, d] of defects.entries()) {
    if (seen.has(d.reason)) return { ok: false, field: `defects.${i}.reason`, code: "inspection.repeated-reason", message: `Defect reason ${d.reason} is listed twice` };
    seen.add(d.reason);
    if (d.reason !== "other" && checklist[d.reason] !== "fail") {
      return { ok: false, field: `defects.${i}.reason`, code: "inspection.point-not-failed", message: `Defects for ${d.reason} need that checklist point marked fail` };
    }
  }
  const failed = defects.reduce((sum, d) => sum + d.qty, 0);
  if (failed > booked) return { ok: false, field: "defects", code: "inspection.too-many-defects", message: `${failed} defects, but only ${booked} were booked` };
  return { ok: true, passed: booked - failed, failed, failedPoints };
}

export interface PutawayTarget {
  binCode: string;
  qty: number;
  kind: "whole_case" | "loose";
}

/**
 * Where the system sends inspected goods (RULES.md §4: whole cases, loose pieces and defects go
 * to the locations the system assigns): full cases to the SKU's case bin when it has one, the
 * rest to its home bin (一物一位).
 */
export function suggestPutaway(qty: number, sku: { homeBin: string; caseBin?: string; caseQty?: number }): PutawayTarget[] {
  if (qty <= 0) return [];
  const caseUnits = sku.caseBin && sku.caseQty && sku.caseQty > 1 ? Math.floor(qty / sku.caseQty) * sku.caseQty : 0;
  const targets: PutawayTarget[] = [];
  if (caseUnits > 0) targets.push({ binCode: sku.caseBin!, qty: caseUnits, kind: "whole_case" });
  if (qty - caseUnits > 0) targets.push({ binCode: sku.homeBin, qty: qty - caseUnits, kind: "loose" });
  return targets;
}
