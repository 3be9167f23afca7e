import { getEntityItem } from "../../dynamo/entity";
import { classify, type BarcodeKind } from "./rules";

/**
 * The catalogue's two reads the packing bench makes on a scan it cannot match from the manifest
 * (which SKU owns this code; what to call that SKU on screen), read directly: the bench's hot
 * path carries no ElectroDB (docs/decisions/0061-hot-path-without-sdk.md).
 */
export const SKU_MODEL = { entity: "sku", version: "1", service: "dianwu" } as const;
export const BARCODE_MODEL = { entity: "barcode", version: "1", service: "dianwu" } as const;

/** The SKU a scanned or typed code belongs to, in canonical form; a unit code names its piece. */
export async function lookup(raw: string): Promise<{ code: string; kind: BarcodeKind; skuId: string; unitCode?: string } | undefined> {
  const parsed = classify(raw);
  if (!parsed.ok) return undefined;
  const row = await getEntityItem(BARCODE_MODEL, [["code", parsed.code]], [], ["code", "kind", "skuId"]);
  if (!row) return undefined;
  const code = String(row.code);
  const kind = row.kind as BarcodeKind;
  const skuId = String(row.skuId);
  return kind === "unit" ? { code, kind, skuId, unitCode: code } : { code, kind, skuId };
}

/** What a SKU is called on screen: style, colour, size, name. */
export async function skuLabel(skuId: string): Promise<{ skuId: string; styleCode: string; colour: string; size: string; name: string } | undefined> {
  const row = await getEntityItem(SKU_MODEL, [["skuId", skuId]], [], ["styleCode", "colour", "size", "name"]);
  return row ? { skuId, styleCode: String(row.styleCode), colour: String(row.colour), size: String(row.size), name: String(row.name) } : undefined;
}
