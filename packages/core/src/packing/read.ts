import { partitionKey, sortKey } from "../dynamo/keys";
import type { Row, TransactItem } from "../dynamo/table";
import type { InterceptInfo } from "./bench/verify";

export const PARCEL_MODEL = { entity: "parcel", version: "1", service: "dianwu" } as const;

export interface Intercepts {
  intercepted: boolean;
  intercepts: InterceptInfo["reasons"];
}

/** The parcel's item key, for a caller that reads it in one batch with its own items. */
export const parcelKey = (parcelId: string) => ({ pk: partitionKey(PARCEL_MODEL, [["parcelId", parcelId]]), sk: sortKey(PARCEL_MODEL, []) });

/**
 * What a packing bench needs of a parcel on a scan: whether it is intercepted, and why, from the
 * parcel's item as read directly (undefined: no such parcel). The bench reads it strongly
 * consistent in one batch with its session (bench/store.ts), so an intercept that arrived a
 * moment ago stops the very next scan.
 */
export function interceptsFrom(row: Row | undefined): Intercepts | undefined {
  if (row?.__edb_e__ !== PARCEL_MODEL.entity) return undefined;
  const intercepts = (row.intercepts ?? []) as InterceptInfo["reasons"];
  return { intercepted: intercepts.length > 0, intercepts };
}

/**
 * A transaction item that holds only while the parcel has no intercept: a scan decided without
 * reading the parcel (its session known from the last scan) is committed only if no intercept
 * arrived meanwhile. A parcel that is not there is not intercepted (as interceptsFrom says).
 */
export function notInterceptedCheck(parcelId: string): TransactItem {
  return {
    ConditionCheck: {
      Key: parcelKey(parcelId),
      ConditionExpression: "attribute_not_exists(#pk) OR size(#intercepts) = :none",
      ExpressionAttributeNames: { "#pk": "pk", "#intercepts": "intercepts" },
      ExpressionAttributeValues: { ":none": 0 },
    },
  };
}
