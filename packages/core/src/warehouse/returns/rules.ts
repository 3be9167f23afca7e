/**
 * Returns intake (退货) as pure rules (RULES.md §4): good items are repacked and put back, repairable
 * ones go to production, irreparable ones to the defect store; anything unexpected goes to customer
 * service.
 */
export type ItemCondition = "good" | "repairable" | "irreparable";
export type AnomalyKind = "damaged_package" | "missing_item" | "extra_item" | "wrong_item" | "defect" | "other";

export interface ReturnedItem {
  skuId: string;
  qty: number;
  condition: ItemCondition;
}

/** Where a returned item goes: back to its home bin, to production (leaves the books), or the defect store. */
export function destination(condition: ItemCondition): "home" | "production" | "defect" {
  return condition === "good" ? "home" : condition === "repairable" ? "production" : "defect";
}

/**
 * The anomalies a return shows by itself: a damaged package, and any difference between what the
 * order said should come back and what did (a SKU that should not be there is a wrong item when
 * something expected is missing, an extra one otherwise).
 */
export function detectAnomalies(
  packageCondition: "intact" | "damaged" | "opened",
  received: readonly ReturnedItem[],
  expected?: readonly { skuId: string; qty: number }[],
): { kind: AnomalyKind; note: string }[] {
  const found: { kind: AnomalyKind; note: string }[] = [];
  if (packageCondition === "damaged") found.push({ kind: "damaged_package", note: "package damaged; counted in front of the courier" });
  if (expected) {
    const want = new Map<string, number>();
    for (const e of expected) want.set(e.skuId, (want.get(e.skuId) ?? 0) + e.qty);
    const got = new Map<string, number>();
    for (const r of received) got.set(r.skuId, (got.get(r.skuId) ?? 0) + r.qty);
    const missing = [...want].filter(([sku, qty]) => (got.get(sku) ?? 0) < qty);
    const extra = [...got].filter(([sku, qty]) => qty > (want.get(sku) ?? 0));
    for (const [sku, qty] of missing) found.push({ kind: "missing_item", note: `SKU ${sku}: expected ${qty}, received ${got.get(sku) ?? 0}` });
    for (const [sku, qty] of extra) {
      const kind = want.has(sku) || !missing.length ? "extra_item" : "wrong_item";
      found.push({ kind, note: `SKU ${sku}: received ${qty}, expected ${want.get(sku) ?? 0}` });
    }
  }
  const irreparable = received.filter((r) => r.condition === "irreparable").reduce((s, r) => s + r.qty, 0);
  if (irreparable) found.push({ kind: "defect", note: `${irreparable} irreparable piece(s) to the defect store; report to the sales supervisor` });
  return found;
}
