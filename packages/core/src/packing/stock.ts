/**
 * How many units of each SKU matching may promise to a ready parcel. The warehouse area owns stock
 * (available = on hand − reserved) and installs its lookup here at start-up; until it does, and in
 * tests that are not about stock, everything counts as available.
 */
export type StockAvailability = (skus: readonly string[]) => Promise<ReadonlyMap<string, number>>;

const everything: StockAvailability = async (skus) => new Map(skus.map((sku) => [sku, Number.POSITIVE_INFINITY]));

let current: StockAvailability = everything;

export function setStockAvailability(lookup: StockAvailability) {
  current = lookup;
}

export function resetStockAvailability() {
  current = everything;
}

/** Units available per SKU; a SKU the lookup does not know counts as none. */
export async function availableFor(skus: readonly string[]): Promise<(sku: string) => number> {
  const unique = [...new Set(skus)];
  const units = unique.length ? await current(unique) : new Map<string, number>();
  return (sku) => units.get(sku) ?? 0;
}
