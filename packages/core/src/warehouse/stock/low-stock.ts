import { Bus } from "../../bus";
import { ttlCache } from "../../cache";
import { isConditionFailed } from "../../db";
import { isSellable } from "../bins/rules";
import { SkuEntity } from "../catalogue/entities";
import { Events } from "../events";
import { LowStockEntity, StockBalanceEntity } from "./entities";

// The reorder point is read after every movement of a SKU; it changes seldom, so a short cache.
const reorderPoints = ttlCache<string, number | null>(30_000);

export function forgetReorderPoint(skuId: string) {
  reorderPoints.delete(skuId);
}

/** Available stock of a SKU across its sellable bins (pending inspection, defects, returns excluded). */
export async function sellableAvailable(skuId: string): Promise<number> {
  const result = await StockBalanceEntity.query.bySku({ skuId }).go({ consistent: true, pages: "all" });
  return result.data.filter((b) => isSellable(b.binKind)).reduce((sum, b) => sum + b.available, 0);
}

/**
 * Compares a SKU's available stock with its reorder point and flips its low-stock state when it
 * crossed. The flip to `low` is a conditional write (from absent or `ok` only), and only the
 * writer that made it publishes `stock.low`: one event per crossing however many movements race.
 * The current state is read first so that the usual case (no crossing) writes nothing.
 */
export async function recheckLowStock(skuId: string, knownAvailable?: number, now = new Date()) {
  const reorderPoint = await reorderPoints.get(skuId, async () => {
    const sku = await SkuEntity.get({ skuId }).go();
    return sku.data ? sku.data.reorderPoint : null;
  });
  if (reorderPoint === null) return;
  const available = knownAvailable ?? (await sellableAvailable(skuId));
  const at = now.toISOString();
  const current = (await LowStockEntity.get({ skuId }).go({ consistent: true })).data;
  if (available <= reorderPoint) {
    if (current?.state === "low") {
      if (current.available !== available) await unlessChanged(LowStockEntity.patch({ skuId }).set({ available, reorderPoint }).where((a, op) => op.eq(a.state, "low")).go());
      return;
    }
    try {
      await LowStockEntity.put({ skuId, state: "low", available, reorderPoint, since: at })
        .where((a, op) => `${op.notExists(a.state)} OR ${op.eq(a.state, "ok")}`)
        .go();
    } catch (error) {
      if (isConditionFailed(error)) {
        // Already low: keep the figure on the reorder list current.
        await unlessChanged(LowStockEntity.patch({ skuId }).set({ available, reorderPoint }).where((a, op) => op.eq(a.state, "low")).go());
        return;
      }
      throw error;
    }
    await Bus.publish(Events.StockLow.create({ skuId, available, reorderPoint, at }));
  } else if (current?.state === "low") {
    await unlessChanged(LowStockEntity.patch({ skuId }).set({ state: "ok", available, reorderPoint, since: at }).where((a, op) => op.eq(a.state, "low")).go());
  }
}

/** A conditional write whose condition failing means "someone else already did it". */
async function unlessChanged(write: Promise<unknown>) {
  try {
    await write;
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/** SKUs at or below their reorder point (the reorder list, 补货), as last computed. */
export async function lowList() {
  const result = await LowStockEntity.query.byState({ state: "low" }).go({ pages: "all" });
  return result.data.map(({ skuId, available, reorderPoint, since }) => ({ skuId, available, reorderPoint, since }));
}
