import { withActor } from "@dianwu/core/actor";
import { loadAttendance } from "./attendance";
import { loadBench } from "./bench";
import { loadParcels } from "./parcels";
import { demoLoaded, loadStaff } from "./staff";
import { loadOrders } from "./orders";
import { loadWarehouse } from "./warehouse";

export { DEMO_PASSWORD, DEMO_STAFF } from "./staff";

/**
 * The demo shop, one loader per area, in dependency order (staff before the orders they credit).
 * Runs only on an empty table, so a restart never duplicates anything.
 */
const LOADERS: { area: string; load: () => Promise<void> }[] = [
  { area: "staff", load: loadStaff },
  { area: "warehouse", load: loadWarehouse },
  { area: "orders", load: loadOrders },
  { area: "attendance", load: loadAttendance },
  { area: "parcels", load: loadParcels },
  { area: "packing bench", load: loadBench },
];

export async function loadDemo(log: (line: string) => void = () => {}): Promise<boolean> {
  if (await demoLoaded()) return false;
  await withActor({ type: "system", reason: "demo-data" }, async () => {
    for (const loader of LOADERS) {
      log(`Loading demo ${loader.area}…`);
      await loader.load();
    }
  });
  return true;
}
