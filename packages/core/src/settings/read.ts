import { getEntityItem } from "../dynamo/entity";
import { DEFAULT_SETTINGS, Settings } from "./schema";

export const SETTINGS_MODEL = { entity: "settings", version: "1", service: "dianwu" } as const;

/** One deployment serves one shop (docs/decisions/0002-one-shop-per-stage.md). */
export const SHOP_ID = "default";

/** The shop's settings, read directly (no ElectroDB: the packing bench's hot path reads them too). */
export async function readSettings(): Promise<{ settings: Settings; version: number }> {
  const row = await getEntityItem(SETTINGS_MODEL, [["shopId", SHOP_ID]], [], ["document", "version"]);
  return row ? { settings: Settings.parse(JSON.parse(String(row.document))), version: Number(row.version) } : { settings: DEFAULT_SETTINGS, version: 0 };
}
