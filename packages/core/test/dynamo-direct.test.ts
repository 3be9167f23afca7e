import { beforeAll, describe, expect, it } from "vitest";
import { useTestTable } from "@dianwu/local/testing/table";
import { configure, createClient, isConditionFailed, isUnreachable, TransactionCanceled } from "../src/db";
import { createOnly, conditionalUpdate, updateOf } from "../src/dynamo/expressions";
import { getItem, getItems, ping, putItem, transactWrite, updateItem } from "../src/dynamo/table";
import { BenchScanEntity, BenchSessionEntity, BenchTallyEntity } from "../src/packing/bench/entities";
import { scanKey, sessionKey, tallyKey } from "../src/packing/bench/keys";
import { interceptsFrom, parcelKey } from "../src/packing/read";
import { ParcelEntity } from "../src/packing/entities";
import { lookup, skuLabel } from "../src/warehouse/catalogue/read";
import { BarcodeEntity, SkuEntity } from "../src/warehouse/catalogue/entities";
import { readSettings } from "../src/settings/read";
import { SettingsEntity } from "../src/settings/entities";
import { authenticateDevice, BADGE_MODEL, DEVICE_MODEL } from "../src/staff/credentials";
import { BadgeEntity, DeviceEntity } from "../src/staff/entities";
import { partitionKey, sortKey } from "../src/dynamo/keys";
import { sha256 } from "../src/staff/token";

/**
 * The hot path's direct table access (dynamo/) against DynamoDB Local and against ElectroDB: the
 * keys it computes are ElectroDB's, the items it writes are ones ElectroDB reads, and the errors
 * it raises are the ones the domain tells apart.
 */
beforeAll(async () => {
  await useTestTable();
});

const keyOf = (params: unknown) => (params as { Key: { pk: string; sk: string } }).Key;

describe("keys", () => {
  it("are ElectroDB's for every entity the hot path reads or writes", () => {
    expect(sessionKey("P01ABC")).toEqual(keyOf(BenchSessionEntity.get({ parcelId: "P01ABC" }).params()));
    expect(scanKey("01DEV", "01SCAN")).toEqual(keyOf(BenchScanEntity.get({ deviceId: "01DEV", scanId: "01SCAN" }).params()));
    expect(tallyKey({ day: "2026-11-11", hour: "23", deviceId: "01DEV", staffNo: "1024" })).toEqual(
      keyOf(BenchTallyEntity.get({ day: "2026-11-11", hour: "23", deviceId: "01DEV", staffNo: "1024" }).params()),
    );
    expect(parcelKey("P01ABC")).toEqual(keyOf(ParcelEntity.get({ parcelId: "P01ABC" }).params()));
    expect({ pk: partitionKey(DEVICE_MODEL, [["deviceId", "01DEV"]]), sk: sortKey(DEVICE_MODEL, []) }).toEqual(keyOf(DeviceEntity.get({ deviceId: "01DEV" }).params()));
    expect({ pk: partitionKey(BADGE_MODEL, [["badgeCode", "DWBABC"]]), sk: sortKey(BADGE_MODEL, []) }).toEqual(keyOf(BadgeEntity.get({ badgeCode: "DWBABC" }).params()));
  });
});

describe("writes ElectroDB reads back", () => {
  it("a scan log entry, a counter and a guarded session update", async () => {
    const at = "2026-11-11T15:00:00.000Z";
    await putItem(createOnly({ ...scanKey("01DEV", "01SCAN"), deviceId: "01DEV", scanId: "01SCAN", kind: "item", parcelId: "P1", outcome: "correct", accepted: true, staffNo: "1024", benchName: "B1", at, __edb_e__: "benchScan", __edb_v__: "1" }));
    const scan = await BenchScanEntity.get({ deviceId: "01DEV", scanId: "01SCAN" }).go({ consistent: true });
    expect(scan.data).toMatchObject({ kind: "item", outcome: "correct", accepted: true, at });
    // The same key again: refused by the condition, and the domain recognises the refusal.
    const again = await putItem(createOnly({ ...scanKey("01DEV", "01SCAN"), outcome: "x" })).catch((e: unknown) => e);
    expect(isConditionFailed(again)).toBe(true);

    const tally = { day: "2026-11-11", hour: "23", deviceId: "01DEV", staffNo: "1024" };
    for (let i = 0; i < 2; i++) await updateItem({ Key: tallyKey(tally), ...updateOf({ __edb_e__: "benchTally", __edb_v__: "1", ...tally }, { accepted: 1, units: 3 }) });
    expect((await BenchTallyEntity.get(tally).go({ consistent: true })).data).toMatchObject({ accepted: 2, units: 6 });

    await BenchSessionEntity.create({ parcelId: "P1", state: "packing", deviceId: "01DEV", benchName: "B1", staffNo: "1024", claimedAt: at, touchedAt: at, manifest: "{}", progress: "{}", version: 1 }).go();
    await updateItem(conditionalUpdate(sessionKey("P1"), { progress: '{"counts":[1]}', version: 2 }, { version: 1, deviceId: "01DEV" }));
    expect((await BenchSessionEntity.get({ parcelId: "P1" }).go({ consistent: true })).data).toMatchObject({ progress: '{"counts":[1]}', version: 2 });
    const stale = await updateItem(conditionalUpdate(sessionKey("P1"), { version: 3 }, { version: 1 })).catch((e: unknown) => e);
    expect(isConditionFailed(stale)).toBe(true);
  });

  it("a canceled transaction names the item that failed, and nothing of it is written", async () => {
    const error = await transactWrite([
      { Put: createOnly({ pk: "tx#a", sk: "1", v: 1 }) },
      { Update: conditionalUpdate(sessionKey("NOPE"), { version: 2 }, { version: 1 }) },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceled);
    expect((error as TransactionCanceled).reasons.map((r) => r.code)).toEqual(["None", "ConditionalCheckFailed"]);
    expect(await getItem({ pk: "tx#a", sk: "1" })).toBeUndefined();
  });
});

describe("reads of ElectroDB's items", () => {
  it("the session, the parcel's intercepts, the catalogue, the settings and a device", async () => {
    const now = "2026-11-11T15:00:00.000Z";
    await SkuEntity.create({ skuId: "01SKU", styleCode: "K100", colour: "黑", size: "M", name: "卫衣", outerSkuId: "K100-BK-M", homeBin: "A-01-01", uniqueCodes: false, active: true, createdAt: now } as never).go();
    await BarcodeEntity.create({ code: "6901234567892", kind: "ean13", skuId: "01SKU", createdAt: now }).go();
    expect(await lookup(" 6901234567892 ")).toEqual({ code: "6901234567892", kind: "ean13", skuId: "01SKU" });
    expect(await lookup("6900000000000")).toBeUndefined();
    expect(await skuLabel("01SKU")).toEqual({ skuId: "01SKU", styleCode: "K100", colour: "黑", size: "M", name: "卫衣" });

    const [session, parcel, missing] = await getItems([sessionKey("P1"), parcelKey("P404"), { pk: "no", sk: "no" }]);
    expect(interceptsFrom(parcel)).toBeUndefined();
    expect(session).toMatchObject({ parcelId: "P1", __edb_e__: "benchSession" });
    expect([parcel, missing]).toEqual([undefined, undefined]);

    expect((await readSettings()).version).toBe(0);
    await SettingsEntity.create({ shopId: "default", document: JSON.stringify({ shop: { name: "测试店", timeZone: "Asia/Shanghai" } }), version: 4, updatedAt: now }).go();
    expect(await readSettings()).toMatchObject({ version: 4, settings: { shop: { name: "测试店" } } });

    await DeviceEntity.create({ deviceId: "01DEVX", kind: "packing_bench", name: "打包台 9", location: "仓库", tokenHash: sha256("s3cret"), pairedAt: now, pairedBy: "1001" }).go();
    expect(await authenticateDevice("01DEVX.s3cret")).toEqual({ id: "01DEVX", kind: "packing_bench", name: "打包台 9" });
    expect(await authenticateDevice("01DEVX.wrong")).toBeUndefined();
  });
});

// Last in the file: it points the domain at a port nothing listens on (files run in their own processes).
describe("when DynamoDB is away", () => {
  it("fails fast with an error the API turns into 503, and ping says no", async () => {
    expect(await ping()).toBe(true);
    const nowhere = { endpoint: "http://127.0.0.1:9", region: "local", credentials: { accessKeyId: "a", secretAccessKey: "b" } };
    configure({ client: createClient(nowhere), table: "t", direct: nowhere });
    const error = await getItem({ pk: "a", sk: "b" }).catch((e: unknown) => e);
    expect(isUnreachable(error)).toBe(true);
    expect(await ping()).toBe(false);
  });
});
