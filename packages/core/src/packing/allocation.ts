import { VisibleError } from "../error";
import { Settings } from "../settings";
import * as Sku from "../warehouse/catalogue/service";
import * as Stock from "../warehouse/stock/service";
import { list, move, mustFromId, type Info } from "./service";

/**
 * Allocation (配货): a pending parcel gets its stock reserved (available down, on hand unchanged)
 * and moves to `allocated`, from where the warehouse makes pick waves and the bench packs it.
 * Until then it stays pending and still takes orders of the same buyer (合单), so parcels are
 * allocated only once their merge window has passed, unless a supervisor names them.
 */
export type Outcome =
  | { parcelId: string; outcome: "allocated" }
  | { parcelId: string; outcome: "skipped"; reason: "not-found" | "not-pending" | "intercepted" | "merge-window" }
  | { parcelId: string; outcome: "short"; shortages: unknown }
  | { parcelId: string; outcome: "unknown-sku"; skus: string[] };

/** Reserves a parcel's lines and moves it to `allocated`; all lines or nothing. */
export async function allocate(parcelId: string, options: { now?: Date; ignoreMergeWindow?: boolean } = {}): Promise<Outcome> {
  const parcel = await mustFromId(parcelId);
  const skipped = skipReason(parcel, options.now ?? new Date(), options.ignoreMergeWindow ?? false);
  if (skipped) return { parcelId, outcome: "skipped", reason: skipped };

  // Order lines carry the platform's SKU code (outer_sku_id); stock is kept per our SKU.
  const ids = await Promise.all(parcel.lines.map(async (line) => ({ line, skuId: await Sku.byOuterId(line.sku) })));
  const unknown = ids.filter((i) => !i.skuId).map((i) => i.line.sku);
  if (unknown.length) return { parcelId, outcome: "unknown-sku", skus: [...new Set(unknown)] };

  try {
    await Stock.reserve({ documentId: parcelId, lines: merged(ids.map((i) => ({ skuId: i.skuId!, qty: i.line.quantity }))) });
  } catch (error) {
    if (error instanceof VisibleError && error.code === "stock.insufficient") return { parcelId, outcome: "short", shortages: error.extra?.shortages };
    throw error;
  }
  try {
    await move(parcelId, "allocated", "stock reserved");
  } catch (error) {
    // Intercepted or cancelled between the read and the move: the stock goes back on the shelf's count.
    await Stock.release(parcelId);
    if (error instanceof VisibleError && error.kind === "conflict") return { parcelId, outcome: "skipped", reason: "not-pending" };
    throw error;
  }
  return { parcelId, outcome: "allocated" };
}

function skipReason(parcel: Info, now: Date, ignoreMergeWindow: boolean) {
  if (parcel.state !== "pending") return "not-pending" as const;
  if (parcel.intercepted) return "intercepted" as const;
  if (!ignoreMergeWindow && Date.parse(parcel.mergeUntil) > now.getTime()) return "merge-window" as const;
  return undefined;
}

/** One reservation line per SKU: a parcel can carry the same SKU on several order lines. */
function merged(lines: { skuId: string; qty: number }[]) {
  const bySku = new Map<string, number>();
  for (const l of lines) bySku.set(l.skuId, (bySku.get(l.skuId) ?? 0) + l.qty);
  return [...bySku].map(([skuId, qty]) => ({ skuId, qty }));
}

/**
 * Allocates the pending parcels, oldest first, or only those named. Parcels the stock cannot serve
 * stay pending (a later run takes them once goods are put away); the answer says why each was
 * left. Each call looks at one page of at most `limit` parcels so the request stays short; the
 * returned `cursor` continues the run (the console loops on it and shows the progress).
 */
export async function allocatePending(input: { parcelIds?: string[]; cursor?: string; limit?: number; now?: Date } = {}) {
  const now = input.now ?? new Date();
  const named = input.parcelIds !== undefined;
  let candidates: string[];
  let cursor: string | null = null;
  if (named) candidates = input.parcelIds!;
  else {
    // Parcels still inside their merge window are not asked for at all (they sort last by age).
    const { settings } = await Settings.get();
    const createdBefore = new Date(now.getTime() - settings.parcels.mergeWindowMinutes * 60_000).toISOString();
    const page = await list({ state: "pending", createdBefore, cursor: input.cursor, limit: Math.min(input.limit ?? 100, 200) });
    candidates = page.items.map((p) => p.parcelId);
    cursor = page.cursor;
  }
  const outcomes: Outcome[] = [];
  for (const parcelId of candidates) {
    try {
      outcomes.push(await allocate(parcelId, { now, ignoreMergeWindow: named }));
    } catch (error) {
      // A named parcel that does not exist is one line of the answer, not a failed run.
      if (!(error instanceof VisibleError && error.kind === "not-found")) throw error;
      outcomes.push({ parcelId, outcome: "skipped", reason: "not-found" });
    }
  }
  const count = (o: Outcome["outcome"]) => outcomes.filter((x) => x.outcome === o).length;
  return { allocated: count("allocated"), short: count("short"), unknownSku: count("unknown-sku"), skipped: count("skipped"), outcomes, cursor };
}
