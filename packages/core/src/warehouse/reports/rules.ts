import type { MovementType } from "../stock/rules";

/**
 * Summaries of stock-card lines (pure): the daily close and the monthly report of every movement
 * (RULES.md §4: 日清月结).
 */
export interface Line {
  skuId: string;
  binCode: string;
  type: MovementType;
  qty: number;
  document: { type: string; id: string };
}

export function byType(lines: readonly Line[]): Record<string, { lines: number; pieces: number }> {
  const totals: Record<string, { lines: number; pieces: number }> = {};
  for (const l of lines) {
    const t = (totals[l.type] ??= { lines: 0, pieces: 0 });
    t.lines++;
    t.pieces += l.qty;
  }
  return totals;
}

/** Per document of a kind: how many pieces its lines moved (e.g. receipts booked, parcels issued). */
export function byDocument(lines: readonly Line[], type: MovementType) {
  const docs = new Map<string, number>();
  for (const l of lines) if (l.type === type) docs.set(l.document.id, (docs.get(l.document.id) ?? 0) + Math.abs(l.qty));
  return [...docs].map(([documentId, pieces]) => ({ documentId, pieces }));
}

/** Per SKU: pieces in, pieces out and the net change, with the split by movement type. */
export function bySku(lines: readonly Line[]) {
  const skus = new Map<string, { skuId: string; in: number; out: number; net: number; types: Record<string, number> }>();
  for (const l of lines) {
    let s = skus.get(l.skuId);
    if (!s) skus.set(l.skuId, (s = { skuId: l.skuId, in: 0, out: 0, net: 0, types: {} }));
    if (l.qty > 0) s.in += l.qty;
    else s.out -= l.qty;
    s.net += l.qty;
    s.types[l.type] = (s.types[l.type] ?? 0) + l.qty;
  }
  return [...skus.values()].sort((a, b) => a.skuId.localeCompare(b.skuId));
}
