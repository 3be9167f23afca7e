import { partitionKey, sortKey, type Model } from "../../dynamo/keys";

/**
 * The bench's items as the table holds them: entities.ts defines them for ElectroDB with these
 * models, and the hot path (scans, undo) reads and writes them directly with these keys.
 */
export const SESSION_MODEL = { entity: "benchSession", version: "1", service: "dianwu" } as const satisfies Model;
export const SCAN_MODEL = { entity: "benchScan", version: "1", service: "dianwu" } as const satisfies Model;
export const TALLY_MODEL = { entity: "benchTally", version: "1", service: "dianwu" } as const satisfies Model;

export const sessionKey = (parcelId: string) => ({ pk: partitionKey(SESSION_MODEL, [["parcelId", parcelId]]), sk: sortKey(SESSION_MODEL, []) });

export const scanKey = (deviceId: string, scanId: string) => ({
  pk: partitionKey(SCAN_MODEL, [["deviceId", deviceId], ["scanId", scanId]]),
  sk: sortKey(SCAN_MODEL, []),
});

/** The scan's place in its parcel's story (gsi1). */
export const scanByParcel = (parcelId: string, at: string, scanId: string) => ({
  gsi1pk: partitionKey(SCAN_MODEL, [["parcelId", parcelId]]),
  gsi1sk: sortKey(SCAN_MODEL, [["at", at], ["scanId", scanId]]),
});

export const tallyKey = (t: { day: string; hour: string; deviceId: string; staffNo: string }) => ({
  pk: partitionKey(TALLY_MODEL, [["day", t.day]]),
  sk: sortKey(TALLY_MODEL, [["hour", t.hour], ["deviceId", t.deviceId], ["staffNo", t.staffNo]]),
});
