import { getEntityItem } from "../dynamo/entity";
import type { InterceptInfo } from "./bench/verify";

export const PARCEL_MODEL = { entity: "parcel", version: "1", service: "dianwu" } as const;

/**
 * What a packing bench needs of a parcel on every scan: whether it is intercepted, and why.
 * Strongly consistent and read directly (the bench's hot path carries no ElectroDB): an intercept
 * that arrived a moment ago stops the very next scan.
 */
export async function interceptsOf(parcelId: string): Promise<{ intercepted: boolean; intercepts: InterceptInfo["reasons"] } | undefined> {
  const row = await getEntityItem(PARCEL_MODEL, [["parcelId", parcelId]], [], ["intercepts"]);
  if (!row) return undefined;
  const intercepts = (row.intercepts ?? []) as InterceptInfo["reasons"];
  return { intercepted: intercepts.length > 0, intercepts };
}
