import type { CountReport, CountReportLine, CountScope, CountScopeKind, CountSheetLine } from "../../../api/warehouse-ops-types";
import { BIN_CODE, normaliseBin } from "../labels";

/*
 * Pure rules of the count screens (盘点): what a scan at the counting desk means, the blind sheet
 * grouped by bin in the API's walking order, and which variance lines still need a reason.
 */

/** A bin label scanned sets the bin being counted; anything else is a piece in that bin. */
export function classifyScan(text: string): { kind: "bin"; binCode: string } | { kind: "piece"; code: string } | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const bin = normaliseBin(trimmed);
  if (BIN_CODE.test(bin)) return { kind: "bin", binCode: bin };
  return { kind: "piece", code: trimmed };
}

/** The scope the create form describes, or the field that is wrong. */
export function scopeFrom(kind: CountScopeKind, text: string): { ok: true; scope: CountScope } | { ok: false; field: "value" } {
  const value = text.trim();
  if (kind === "zone") {
    const zone = value.toUpperCase();
    return /^[A-Z]{1,3}$/.test(zone) ? { ok: true, scope: { kind, value: zone } } : { ok: false, field: "value" };
  }
  if (!value) return { ok: false, field: "value" };
  if (kind === "binKind") return { ok: true, scope: { kind, value: value as Extract<CountScope, { kind: "binKind" }>["value"] } };
  return { ok: true, scope: { kind, value } };
}

/** The sheet's lines grouped by bin, keeping the order the API gave (the walking route). */
export function byBin<L extends { binCode: string }>(lines: readonly L[]): { binCode: string; lines: L[] }[] {
  const groups: { binCode: string; lines: L[] }[] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (last && last.binCode === line.binCode) last.lines.push(line);
    else {
      const earlier = groups.find((g) => g.binCode === line.binCode);
      if (earlier) earlier.lines.push(line);
      else groups.push({ binCode: line.binCode, lines: [line] });
    }
  }
  return groups;
}

/** Pieces counted so far and lines not yet touched: progress, never the book. */
export function sheetProgress(lines: readonly CountSheetLine[]) {
  return {
    pieces: lines.reduce((s, l) => s + l.counted + l.damaged, 0),
    damaged: lines.reduce((s, l) => s + l.damaged, 0),
    untouched: lines.filter((l) => l.counted === 0 && l.damaged === 0).length,
  };
}

/** A scan's answer applied to the sheet; `undefined` when the line is new (reload the sheet). */
export function applyScan(lines: readonly CountSheetLine[], result: { binCode: string; skuId: string; counted: number; damaged: number }) {
  const index = lines.findIndex((l) => l.binCode === result.binCode && l.skuId === result.skuId);
  if (index < 0) return undefined;
  return lines.map((l, i) => (i === index ? { ...l, counted: result.counted, damaged: result.damaged } : l));
}

export const lineKey = (l: { binCode: string; skuId: string }) => `${l.binCode}/${l.skuId}`;

/** Lines that need a reason and have none (the approval is refused while any is left). */
export function missingReasons(report: Pick<CountReport, "lines">, drafts: ReadonlyMap<string, string> = new Map()) {
  return report.lines.filter((l) => l.needsReason && !(l.reason ?? "").trim() && !(drafts.get(lineKey(l)) ?? "").trim());
}

/** The variance kinds worth showing on a line ("match" is the absence of the others). */
export const shownKinds = (line: CountReportLine) => line.kinds.filter((k) => k !== "match");
