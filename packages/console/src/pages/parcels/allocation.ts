import type { AllocationOutcome, AllocationPage } from "../../api/parcels";

/** What a whole allocation run did, summed over its pages. */
export interface AllocationRun {
  pages: number;
  looked: number;
  allocated: number;
  /** Parcels the stock cannot serve yet, in the order met (oldest first). */
  short: string[];
  /** Platform SKU codes no SKU in the catalogue has, with how many parcels carry each. */
  unknownSkus: Map<string, number>;
  skipped: number;
  /** Skipped parcels by why (still in their merge window, intercepted, no longer pending…). */
  skippedBy: Map<NonNullable<AllocationOutcome["reason"]>, number>;
}

export const emptyRun = (): AllocationRun => ({ pages: 0, looked: 0, allocated: 0, short: [], unknownSkus: new Map(), skipped: 0, skippedBy: new Map() });

/** The run with one more page added (a new object: the screen shows each step). */
export function addPage(run: AllocationRun, page: AllocationPage): AllocationRun {
  const unknownSkus = new Map(run.unknownSkus);
  for (const o of page.outcomes) for (const sku of o.skus ?? []) unknownSkus.set(sku, (unknownSkus.get(sku) ?? 0) + 1);
  const skippedBy = new Map(run.skippedBy);
  for (const o of page.outcomes) if (o.outcome === "skipped" && o.reason) skippedBy.set(o.reason, (skippedBy.get(o.reason) ?? 0) + 1);
  const shortHere = page.outcomes.filter((o: AllocationOutcome) => o.outcome === "short").map((o) => o.parcelId);
  return {
    pages: run.pages + 1,
    looked: run.looked + page.outcomes.length,
    allocated: run.allocated + page.allocated,
    short: [...run.short, ...shortHere],
    unknownSkus,
    skipped: run.skipped + page.skipped,
    skippedBy,
  };
}
